class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def intro(self):
        return "I am " + self.speak()
class Cat(Animal):
    def __init__(self, name, indoor):
        super().__init__(name)
        self.indoor = indoor
    def speak(self):
        return f"{self.name} meows"
class Lion(Cat):
    def speak(self):
        return super().speak().upper() + " and roars"
for a in [Animal("x"), Cat("tom", True), Lion("leo", False)]:
    print(a.intro())
l = Lion("leo", False)
print(l.indoor, isinstance(l, Animal), issubclass(Lion, Cat), issubclass(Animal, Cat))
print([c.__name__ for c in Lion.__mro__])
print(Lion.__bases__[0].__name__, Animal.__bases__[0].__name__)
