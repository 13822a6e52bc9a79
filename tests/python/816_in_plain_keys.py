# `in` / `not in` on sets, frozensets and dicts with int, bool, None and str keys,
# next to the cases that must still reach Python code
s = {1, 2, "a", None, 3.5}
f = frozenset([0, "b"])
d = {1: "x", "k": 2, None: 0, True: 9}
for k in (1, 2, 0, True, False, None, "a", "b", "k", 3.5, 2 ** 70, (1, 2)):
    print(repr(k), k in s, k not in s, k in f, k not in f, k in d, k not in d)

try:
    [1] in s
except TypeError as exc:
    print("TypeError:", exc)
try:
    {} in d
except TypeError as exc:
    print("TypeError:", exc)


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        print("eq called")
        return self.v == (other.v if isinstance(other, Key) else other)


print(Key(1) in s, Key("k") in d, Key(7) in f)


class MySet(set):
    def __contains__(self, k):
        print("contains", k)
        return True


print(5 in MySet(), "z" not in MySet([1]))
print(1 in d.keys(), "x" in d.values(), "q" in "aqb", 2 in [1, 2], 2 in (3,))


class Point:
    def __init__(self):
        self.x = 1


pt = Point()
print("x" in pt.__dict__, "y" in pt.__dict__)
pt.y = 2
print("y" in pt.__dict__, "y" not in vars(pt))
del pt.x
print("x" in pt.__dict__, sorted(pt.__dict__))


class Twin:
    def __hash__(self):
        return hash("twin")

    def __eq__(self, other):
        print("Twin.__eq__", other)
        return other == "twin"


mixed = {Twin(): 1}
print("twin" in mixed, "other" in mixed, 5 in mixed)
