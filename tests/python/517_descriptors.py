# User descriptors: data descriptors win over instance attributes,
# non-data descriptors lose to them, __set_name__ runs at class creation
# and __get__ sees None for class access.
class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.name)


class Lazy:
    def __init__(self, func):
        self.func = func

    def __get__(self, obj, objtype=None):
        if obj is None:
            return "class access"
        value = self.func(obj)
        obj.__dict__[self.func.__name__] = value
        setattr(obj, self.func.__name__, value)
        return value


class Person:
    age = Typed(int)
    name = Typed(str)

    def __init__(self, name, age):
        self.name = name
        self.age = age

    @Lazy
    def greeting(self):
        print("computing greeting")
        return "hi " + self.name


p = Person("ann", 30)
print(p.name, p.age, p.__dict__, Person.age.kind.__name__, Person.greeting)
print(p.greeting, p.greeting)
try:
    p.age = "old"
except TypeError as e:
    print(e)
del p.age
print(p.age)
p.__dict__["name"] = "shadow"
print(p.name)
