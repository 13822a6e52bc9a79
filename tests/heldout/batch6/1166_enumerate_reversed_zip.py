colors = ["red", "green", "blue"]
for i, c in enumerate(colors):
    print(i, c)
for i, c in enumerate(colors, start=100):
    print(i, c)
print(list(enumerate("ab", -1)), list(enumerate([])))
print(list(reversed(colors)), colors, list(reversed(range(5))), list(reversed("abc")), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.items())))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(x for x in [1])
except TypeError as e:
    print("TypeError:", e)
grid = ["abc", "def"]
for r, row in enumerate(grid):
    for c, ch in enumerate(row):
        if ch in "ae":
            print(f"found {ch} at ({r},{c})")
names = ["x", "y", "z"]
vals = [1, 2, 3]
print({n: v for n, v in zip(names, vals)})
for (i, n), v in zip(enumerate(names), reversed(vals)):
    print(i, n, v)
try:
    for a, b in zip([1, 2, 3], [4, 5], strict=True):
        print("pair", a, b)
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [2, 3], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
lines = ["first", "second", "third"]
numbered = [f"{n:>3}: {line}" for n, line in enumerate(lines, 1)]
print("\n".join(numbered))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError
        return f"item{i}"


print(list(reversed(Countdown(3))), list(enumerate(Countdown(2))))
prev = None
for i, (a, b) in enumerate(zip("hello", "hello"[1:])):
    if a == b:
        print("double letter", a, "at", i)
