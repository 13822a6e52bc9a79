# vars() and dir() on instances, classes and modules-free objects.
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Thing(Base):
    kind = "thing"
    def __init__(self):
        self.b = 2
        self.a = 1
    def method(self):
        pass
t = Thing()
print(vars(t), sorted(vars(t)))
t.c = 3
print(vars(t))
names = dir(t)
print([n for n in names if not n.startswith("__")])
print(names == sorted(names), "__init__" in names, "__class__" in names)
print([n for n in dir(Thing) if not n.startswith("_")])
print(sorted(k for k in vars(Thing) if not k.startswith("__")))
v = vars(t)
v["d"] = 4
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print([n for n in dir([]) if not n.startswith("_")])
