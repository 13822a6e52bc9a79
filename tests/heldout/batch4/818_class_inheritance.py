# classes, inheritance, super, MRO
class Animal:
    kind = 'animal'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} makes a sound'
    def __repr__(self):
        return f'{type(self).__name__}({self.name!r})'
class Dog(Animal):
    kind = 'dog'
    def speak(self):
        return super().speak() + ' (woof)'
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak().upper()
p = Puppy('Rex', 1)
print(p, p.speak(), p.kind, Animal.kind, p.age)
print(isinstance(p, Animal), issubclass(Puppy, Dog), issubclass(Dog, Puppy))
print([c.__name__ for c in Puppy.__mro__])
class A:
    def who(self): return ['A']
class B(A):
    def who(self): return ['B'] + super().who()
class C(A):
    def who(self): return ['C'] + super().who()
class D(B, C):
    def who(self): return ['D'] + super().who()
print(D().who(), [k.__name__ for k in D.mro()])
try:
    class X(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Base:
    @classmethod
    def create(cls):
        return cls()
    @staticmethod
    def util(x):
        return x * 2
class Child(Base):
    pass
print(type(Child.create()).__name__, Child.util(4), Base().util(1))
print(Dog.__bases__[0].__name__, Dog.__name__, Dog.__qualname__, Puppy.__base__.__name__)
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
Counter(); Counter()
print(Counter.instances)
p.extra = 5
print(sorted(vars(p)), hasattr(p, 'extra'), getattr(p, 'missing', None))
