class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError("impossible temperature")
        return super().__new__(cls, value)

    def __repr__(self):
        return f"Celsius({float(self)})"


c = Celsius(21.5)
print(c, c + 1, type(c + 1).__name__, isinstance(c, float), repr(c))
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)


class UpperStr(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())


u = UpperStr("hello")
print(u, len(u), u + "!", type(u).__name__, u.lower(), type(u.lower()).__name__)


class Interned:
    _cache = {}

    def __new__(cls, name):
        if name in cls._cache:
            return cls._cache[name]
        obj = super().__new__(cls)
        cls._cache[name] = obj
        print("created", name)
        return obj

    def __init__(self, name):
        print("init", name)
        self.name = name


a = Interned("x")
b = Interned("x")
c2 = Interned("y")
print(a is b, a is c2)


class NotAnInstance:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never called")


print(NotAnInstance())


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]

    def swap(self):
        return Pair(self[1], self[0])


p = Pair(1, 2)
print(p, p.first, p.swap(), len(p), p == (1, 2), isinstance(p, tuple))


class Base:
    def __init__(self):
        self.initialized = True


class NoInitCall(Base):
    def __init__(self):
        self.mine = True


n = NoInitCall()
print(hasattr(n, "initialized"), n.mine)
raw = Base.__new__(Base)
print(hasattr(raw, "initialized"))
raw.__init__()
print(raw.initialized)


class PositiveInt(int):
    def __new__(cls, v):
        v = int(v)
        return super().__new__(cls, abs(v))


print(PositiveInt(-5), PositiveInt("-7") + 1, PositiveInt(3.9))
print(isinstance(PositiveInt(2), int), PositiveInt(4) * 2, type(PositiveInt(4) * 2).__name__)
