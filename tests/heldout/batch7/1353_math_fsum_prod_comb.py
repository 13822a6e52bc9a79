import math

vals = [0.1] * 10
acc = 0.0
for v in vals:
    acc += v
print(acc, math.fsum(vals), math.fsum(vals) == 1.0)
print(math.fsum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum([1, 2, 3]))
print(math.fsum([0.1, 0.2, 0.3]), math.fsum([1e-16] * 10 + [1.0]))
print(math.prod([1, 2, 3, 4, 5]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 11), start=2))
print(math.prod([3] * 50))
print(math.comb(5, 2), math.comb(52, 5), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5))
print(math.perm(5, 2), math.perm(5), math.perm(10, 3), math.perm(3, 5))
print(math.comb(100, 50))
row = [math.comb(6, k) for k in range(7)]
print(row, sum(row) == 2 ** 6)
for n in range(6):
    print(" " * (5 - n) * 2 + "".join(f"{math.comb(n, k):4}" for k in range(n + 1)))


def prob_at_least_one_shared_birthday(n):
    return 1 - math.prod((365 - i) / 365 for i in range(n))


print([round(prob_at_least_one_shared_birthday(n), 4) for n in (10, 23, 50)])
print(math.comb(49, 6), f"{1 / math.comb(49, 6):.3e}")
try:
    math.comb(-1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    math.perm(5, -1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.comb(5.0, 2)
except TypeError as e:
    print("TypeError:", e)
print(math.fsum(x * x for x in range(1, 101)), sum(x * x for x in range(1, 101)))
