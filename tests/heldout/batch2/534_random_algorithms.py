import random
rng = random.Random(2024)
xs = [rng.randint(-1000, 1000) for _ in range(300)]
def quicksort(a):
    if len(a) <= 1:
        return a
    p = a[len(a) // 2]
    return quicksort([x for x in a if x < p]) + [x for x in a if x == p] + quicksort([x for x in a if x > p])
def mergesort(a):
    if len(a) <= 1:
        return a
    m = len(a) // 2
    l, r = mergesort(a[:m]), mergesort(a[m:])
    out, i, j = [], 0, 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]:
            out.append(l[i]); i += 1
        else:
            out.append(r[j]); j += 1
    return out + l[i:] + r[j:]
print(quicksort(xs) == sorted(xs), mergesort(xs) == sorted(xs), len(xs))
inside = sum(1 for _ in range(20000) if rng.random() ** 2 + rng.random() ** 2 <= 1)
print(3.0 < 4 * inside / 20000 < 3.3)
perm = list(range(10))
rng.shuffle(perm)
print(sorted(perm) == list(range(10)))
w = rng.choices(["a", "b"], weights=[1, 0], k=20)
print(w == ["a"] * 20, rng.sample("xyz", 3) != None, sorted(rng.sample("xyz", 3)))
