# __new__ and subclassing builtin types
class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError("too cold")
        return super().__new__(cls, value)
    def __repr__(self):
        return f"Celsius({float(self)})"
c = Celsius(21.5)
print(c, repr(c), c + 1, type(c + 1).__name__, isinstance(c, float))
try:
    Celsius(-300)
except ValueError as e:
    print(type(e).__name__, e)
class UpperStr(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    def shout(self):
        return self + "!"
u = UpperStr("hello")
print(u, u.shout(), len(u), u.lower(), type(u.lower()).__name__, type(u).__name__)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(1, 2)
print(p, p.first, p + (3,), isinstance(p, tuple), hash(p) == hash((1, 2)))
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s[:1]).__name__, s == [1, 2, 3])
class CountingDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, (v, len(self)))
cd = CountingDict()
cd["a"] = 1
cd.update(b=2)
print(cd)
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            obj = super().__new__(cls)
            obj.key = key
            cls._cache[key] = obj
        return cls._cache[key]
    def __init__(self, key):
        self.inits = getattr(self, "inits", 0) + 1
a1, a2, b1 = Cached("a"), Cached("a"), Cached("b")
print(a1 is a2, a1 is b1, a1.inits, b1.inits)
class Even(int):
    def __new__(cls, n):
        return super().__new__(cls, n - n % 2)
print(Even(7), Even(8) + Even(3), [Even(x) for x in range(5)])
