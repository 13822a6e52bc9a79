# descriptors
class Typed:
    def __set_name__(self, owner, name):
        self.name = '_' + name
        self.public = name
    def __init__(self, kind):
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.public} must be {self.kind.__name__}')
        setattr(obj, self.name, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person('Al', 30)
print(p.name, p.age, type(Person.name).__name__, Person.age.public)
try:
    p.age = 'old'
except TypeError as e:
    print(type(e).__name__, e)
class NonData:
    def __get__(self, obj, objtype=None):
        return 'from descriptor'
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.__dict__['attr'] = 'from instance'
print(h.attr)
class DataDesc:
    def __get__(self, obj, objtype=None):
        return 'data descriptor wins'
    def __set__(self, obj, value):
        pass
class Holder2:
    attr = DataDesc()
h2 = Holder2()
h2.__dict__['attr'] = 'instance'
print(h2.attr)
class Method:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, objtype=None):
        return lambda *a: self.f(obj, *a)
class U:
    def __init__(self, v):
        self.v = v
    @Method
    def show(self, suffix):
        return f'{self.v}{suffix}'
print(U(7).show('!'))
print(type(U.__dict__['show']).__name__)
