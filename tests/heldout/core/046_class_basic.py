class Dog:
    species = "canine"
    def __init__(self, name):
        self.name = name
        self.tricks = []
    def add(self, t):
        self.tricks.append(t)
        return self
    def __repr__(self):
        return f"Dog({self.name!r}, tricks={self.tricks})"
d = Dog("Rex").add("sit").add("roll")
e = Dog("Fido")
print(d, e)
print(d.species, Dog.species)
d.species = "wolf"
print(d.species, e.species, Dog.species)
print(sorted(vars(d)))
print(Dog.add(e, "beg"), type(d).__name__, Dog.__name__)
print(isinstance(d, Dog), hasattr(d, "name"), hasattr(d, "nope"))
try:
    d.missing
except AttributeError as e:
    print(type(e).__name__, e)
