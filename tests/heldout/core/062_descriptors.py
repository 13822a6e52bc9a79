class Typed:
    def __init__(self, typ):
        self.typ = typ
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.typ):
            raise TypeError(f"{self.name[1:]} must be {self.typ.__name__}")
        setattr(obj, self.name, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, n, a):
        self.name = n; self.age = a
p = Person("Al", 30)
print(p.name, p.age, type(Person.name).__name__)
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
class NonData:
    def __get__(self, obj, t=None):
        return "from descriptor"
class H:
    attr = NonData()
h = H()
print(h.attr)
h.__dict__["attr"] = "from instance"
print(h.attr)
class Const:
    def __get__(self, o, t=None): return 42
    def __set__(self, o, v): raise AttributeError("read-only")
class K:
    c = Const()
k = K(); k.__dict__["c"] = 0
print(k.c)
