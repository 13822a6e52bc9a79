class Dog:
    species = "canis"
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def bark(self):
        return f"{self.name} says woof"
    def __repr__(self):
        return f"Dog({self.name!r}, {self.age})"
d = Dog("Rex", 3)
e = Dog("Fido", 5)
print(d.bark(), d.species, Dog.species)
print(d, [d, e])
d.species = "wolf"
print(d.species, e.species)
print(isinstance(d, Dog), type(d).__name__, hasattr(d, "name"), getattr(d, "zzz", "no"))
setattr(e, "age", 6)
print(e.age, sorted(vars(e).items()))
print(Dog.bark(e))
