class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"P({self.x},{self.y})"


pts = [Point(1, 2), Point(1, 2), Point(3, 4)]
print(len(set(pts)), pts[0] == pts[1], pts[0] is pts[1], pts.count(Point(1, 2)), Point(3, 4) in pts)
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)], Point(0, 0) in d, d.get(Point(9, 9), "none"))
print(Point(1, 2) == (1, 2), Point(1, 2) != (1, 2))


class Identity:
    pass


a, b = Identity(), Identity()
print(a == a, a == b, a != b, len({a, b, a}), hash(a) == hash(a))


class MutableKey:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __hash__(self):
        return hash(self.v)


k = MutableKey(1)
store = {k: "value"}
k.v = 2
print(store.get(MutableKey(1)), store.get(MutableKey(2)), len(store), [x.v for x in store])


class Reflexive:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print(f"  Reflexive.__eq__({self.v}, {getattr(other, 'v', other)})")
        if isinstance(other, Reflexive):
            return self.v == other.v
        return NotImplemented


print(Reflexive(1) == Reflexive(1))
print(Reflexive(1) == 5)
print(5 == Reflexive(1))
print(Reflexive(2) != Reflexive(3))


class Sub(Point):
    def __eq__(self, other):
        print("  Sub.__eq__ called first")
        return super().__eq__(other)

    __hash__ = Point.__hash__


print(Point(1, 1) == Sub(1, 1))


class NoHash:
    def __eq__(self, other):
        return True


print(NoHash.__hash__)
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
print([NoHash()] == [1], NoHash() in [1, 2])


class Case:
    def __init__(self, s):
        self.s = s

    def __eq__(self, other):
        return self.s.lower() == str(other).lower()

    def __hash__(self):
        return hash(self.s.lower())

    def __str__(self):
        return self.s


print(Case("Hello") == "HELLO", "HELLO" == Case("Hello"), {Case("A"): 1}.get(Case("a")))
print(sorted({Case("x"), Case("X"), Case("y")}, key=str)[0].s in "xX", len({Case("x"), Case("X"), Case("y")}))
