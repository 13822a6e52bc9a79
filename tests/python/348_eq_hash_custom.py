# Custom __eq__/__hash__ objects in sets and dicts.
class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()
    def __hash__(self):
        return hash(self.name.lower())
    def __repr__(self):
        return "Key(%r)" % self.name
s = {Key("a"), Key("A"), Key("b")}
print(len(s), Key("B") in s, Key("c") in s)
d = {Key("x"): 1}
d[Key("X")] = 2
print(d, d[Key("x")], d.get(Key("y"), "none"))
class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
class IdOnly:
    pass
a, b = IdOnly(), IdOnly()
print(a == a, a == b, len({a, b, a}), hash(a) == hash(a))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
pts = [Point(1, 2), Point(1, 2), Point(2, 1)]
print(len(set(pts)), pts.count(Point(1, 2)), pts.index(Point(2, 1)), Point(1, 2) in pts)
