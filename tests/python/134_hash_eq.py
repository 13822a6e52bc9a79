# __hash__ and __eq__: instances as dict keys and set members, unhashable
# classes, default identity hashing.
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k.lower() == o.k.lower()
    def __hash__(self):
        return hash(self.k.lower())
    def __repr__(self):
        return f"Key({self.k!r})"
d = {Key("A"): 1}
d[Key("a")] = 2
print(d, Key("X") == Key("x"), Key("X") != Key("x"), len({Key("q"), Key("Q"), Key("r")}))
class NoHash:
    def __eq__(self, o):
        return True
print(NoHash.__hash__ is None, NoHash() == 5)
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), hash(p) == hash(p), {p: 1}[p])
class Ordered:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    def __repr__(self):
        return str(self.v)
xs = [Ordered(3), Ordered(1), Ordered(2)]
print(sorted(xs), max(xs), min(xs), Ordered(1) > Ordered(0), Ordered(2) >= Ordered(2))
try:
    Ordered(1) < 5
except AttributeError as e:
    print("AttributeError:", e)
