readings = ["12.5", "bad", "13.0", "", "11.75", "n/a", "14.25"]


def is_number(s):
    try:
        float(s)
        return True
    except ValueError:
        return False


valid = list(map(float, filter(is_number, readings)))
print(valid)
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, 0.0])))
print(list(map(pow, [2, 3, 4], [3, 2, 1])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")))
names = ["ann", "bob", "cy"]
ages = [31, 45, 22, 99]
for i, (n, a) in enumerate(zip(names, ages), start=1):
    print(i, n.title(), a)
print(list(zip(names, ages)), list(zip()), list(zip("ab")), dict(zip(names, ages)))
try:
    list(zip(names, ages, strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip(ages, names, strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip(names, names[1:])))
pairs = [("x", 1), ("y", 2), ("z", 3)]
letters, nums = zip(*pairs)
print(letters, nums)
print(list(enumerate("abc")), list(enumerate([], 5)))
print(sum(map(len, names)), list(map(str, range(3))), "".join(map(chr, [72, 105])))
evens = filter(lambda x: x % 2 == 0, range(10))
print(next(evens), next(evens), list(evens))
scores = {"ann": [90, 85], "bob": [70, 95, 80]}
print({k: sum(v) / len(v) for k, v in scores.items()})
prices = [19.99, 5.0, 3.5]
qty = [2, 10, 4]
print(round(sum(p * q for p, q in zip(prices, qty)), 2))
for idx, ch in reversed(list(enumerate("xyz"))):
    print(idx, ch, end="; ")
print()
print(list(map(int, "1 2 3".split())), [*map(abs, [-1, 2, -3])])
