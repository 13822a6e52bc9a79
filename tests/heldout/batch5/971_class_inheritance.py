# classes and inheritance
class Animal:
    kingdom = "animalia"
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} makes a sound"
    def describe(self):
        return f"{type(self).__name__}({self.name}): {self.speak()}"
class Dog(Animal):
    def speak(self):
        return f"{self.name} barks"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " softly"
animals = [Animal("generic"), Dog("Rex"), Puppy("Bit", 1)]
for a in animals:
    print(a.describe())
print(Animal.count, Puppy.kingdom, animals[2].age)
print(isinstance(animals[2], Animal), issubclass(Puppy, Dog), issubclass(Dog, Puppy))
print(Puppy.__bases__[0].__name__, [c.__name__ for c in Puppy.__mro__])
d = animals[1]
d.kingdom = "instance attr"
print(d.kingdom, Dog.kingdom, "kingdom" in vars(d))
del d.kingdom
print(d.kingdom)
Dog.trick = lambda self: f"{self.name} rolls over"
print(animals[2].trick())
print(Animal.speak(animals[1]), Dog.speak(animals[2]))
class Base:
    def __init__(self):
        self.log = ["Base"]
class NoInit(Base):
    pass
print(NoInit().log)
try:
    Puppy("x")
except TypeError as e:
    print(type(e).__name__, e)
print(Dog.__name__, Dog.__qualname__, Dog.__module__)
print(sorted(k for k in vars(Puppy) if not k.startswith("__")), sorted(vars(animals[2])))
