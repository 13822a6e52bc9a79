# Metaclasses: class creation hooks, type(name, bases, ns), class attributes.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")))
        ns["added"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def describe(cls):
        return "class " + cls.__name__

class A(metaclass=Meta):
    x = 1
    def method(self):
        return "A.method"

class B(A):
    y = 2

print(A.added, B.added, A.x, B.y, A().method())
print(type(A).__name__, type(B) is Meta, isinstance(A, Meta), isinstance(A, type), A.describe())
print(type(A()).__name__, isinstance(B(), A))

Dyn = type("Dyn", (A,), {"z": 3, "hello": lambda self: "hi from " + type(self).__name__})
print(Dyn.z, Dyn.x, Dyn().hello(), Dyn.__mro__[1].__name__, type(Dyn).__name__)
Plain = type("Plain", (), {"v": 10})
print(Plain.v, Plain().v, type(Plain).__name__, Plain.__bases__)
