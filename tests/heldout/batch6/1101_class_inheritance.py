class Animal:
    kind = "animal"

    def __init__(self, name, legs=4):
        self.name = name
        self.legs = legs

    def speak(self):
        return "..."

    def describe(self):
        return f"{self.name} is a {self.kind} with {self.legs} legs and says {self.speak()}"


class Dog(Animal):
    kind = "dog"

    def speak(self):
        return "Woof"


class Bird(Animal):
    kind = "bird"

    def __init__(self, name):
        Animal.__init__(self, name, legs=2)

    def speak(self):
        return "Tweet"


class Puppy(Dog):
    def speak(self):
        return Dog.speak(self).lower() + "!"


animals = [Animal("Generic"), Dog("Rex"), Bird("Tweety"), Puppy("Bit")]
for a in animals:
    print(a.describe())

print(isinstance(animals[3], Dog), isinstance(animals[3], Animal), isinstance(animals[2], Dog))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Bird, (Dog, Animal)))
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__bases__[0].__name__, Animal.__bases__[0].__name__)
print(type(animals[1]).__name__, type(animals[1]) is Dog)
Dog.kind = "canine"
print(animals[3].kind, animals[1].kind, animals[0].kind)
animals[3].kind = "young dog"
print(animals[3].kind, Puppy.kind, "kind" in vars(animals[3]))
del animals[3].kind
print(animals[3].kind)
print(Dog.__name__, Dog.__qualname__, Dog.__module__)
