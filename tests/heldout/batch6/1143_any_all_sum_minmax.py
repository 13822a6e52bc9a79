print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum([0.1, 0.2, 0.3]), sum([[1], [2], [3]], []), sum(range(101)))
print(sum([1.5, 2, True]), sum((x for x in range(5)), start=-10), sum([1 + 2j, 3]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", "c"), max([1, 2], [1, 3]))
print(min([], default="empty"), max((), default=0), max([5], default=0))
print(min(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=len), max([-3, 2, -1], key=abs))
print(max([1, 3, 3.0, 2]), max([3.0, 3, 1]), min([(2, "b"), (2, "a")]), max({"a": 3, "b": 9}.values()))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max()
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)
records = [{"n": "x", "v": 4}, {"n": "y", "v": 9}, {"n": "z", "v": 9}]
print(max(records, key=lambda r: r["v"])["n"], min(records, key=lambda r: r["v"])["n"])
grades = {"ann": [90, 80], "bob": [70, 100, 85], "cid": []}
averages = {k: sum(v) / len(v) if v else None for k, v in grades.items()}
print(averages)
print(all(isinstance(x, int) for x in [1, 2, True]), any(isinstance(x, str) for x in [1, 2.0]))
valid = lambda pw: all([len(pw) >= 8, any(c.isdigit() for c in pw), any(c.isupper() for c in pw)])
print([valid(p) for p in ["short1A", "longenough", "Longenough1"]])
print(abs(-7), abs(3.5), abs(-0.0), abs(-3 + 4j), round(sum(i / 10 for i in range(10)), 6))
print(len("abc"), len([1, [2, 3]]), len({}), len(range(0, 100, 7)), len(b"\x00\x01"))


class Box:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return f"Box({self.v})"


print(min(Box(3), Box(1), Box(2)), max([Box(3), Box(7)]))
print(sum(map(int, "12345")), max(map(len, "a bb ccc".split())), min(range(10, 0, -3)))
