# type() with three arguments, vars() and dir() on instances and classes.
def speak(self):
    return self.name + " speaks"
Animal = type("Animal", (), {"name": "generic", "speak": speak})
Dog = type("Dog", (Animal,), {"name": "dog"})
d = Dog()
print(Animal.__name__, Dog.__mro__[1].__name__, d.speak(), type(d).__name__, isinstance(d, Animal))
class P:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = [2]
p = P()
print(vars(p), p.__dict__, sorted(k for k in vars(P) if not k.startswith("__")))
p.c = 3
print(p.c, vars(p))
print([n for n in dir(p) if not n.startswith("__")], "cls_attr" in dir(P), "append" in dir([]))
print(type(5), type("s"), type(None), type(type), type(len).__name__, type(P.__init__).__name__)
