# Builtin subclasses overriding dunders: repr via super(), __iter__ seen by
# dict() and **, mixins before the builtin base, __eq__ with __hash__,
# __new__ with extra state, operators returning the subclass.
class L(list):
    def __repr__(self):
        return "L" + super().__repr__()
l = L([1, [2]])
print(l, [l], str(l))
class D(dict):
    def __iter__(self):
        return iter(sorted(super().__iter__()))
    def keys(self):
        return list(self)
d = D(b=1, a=2)
print(list(d), [k for k in d], sorted(d.items()), dict(d), {**d})
class Mixin:
    def hello(self):
        return f"hello {len(self)}"
class ML(Mixin, list): pass
print(ML([1, 2]).hello(), ML.__mro__)
class SS(str):
    def __eq__(self, o):
        return str.__eq__(self.lower(), o.lower())
    __hash__ = str.__hash__
print(SS("ABC") == "abc", "abc" == SS("ABC"), SS("a") != "A", {SS("x"): 1})
class Frozen(tuple):
    __slots__ = ()
    def __add__(self, o):
        return Frozen(tuple(self) + tuple(o))
print(Frozen((1,)) + (2,), type(Frozen((1,)) + (2,)).__name__)
class Num(float):
    def __new__(cls, v, unit="m"):
        self = super().__new__(cls, v)
        self.unit = unit
        return self
    def __repr__(self):
        return f"{float(self)}{self.unit}"
n = Num(2.5, "km")
print(n, n * 2, [n], n.unit, round(n), int(n), n.is_integer(), n.hex())
class Bits(int):
    def __and__(self, o):
        return Bits(int(self) & int(o))
    def __repr__(self):
        return bin(self)
print(Bits(12) & 10, Bits(5) | 1, [Bits(5)], f"{Bits(5)}", "%d" % Bits(5), str(Bits(5)))
class Stack(list):
    def push(self, *items):
        self.extend(items)
s = Stack()
s.push(1, 2, 3)
print(s, s[-1], s[::-1], type(s[::-1]).__name__, s.pop(), len(s), bool(s), s * 0)
print(isinstance(s, Stack), type(s) is Stack, s.__class__.__mro__[1])
