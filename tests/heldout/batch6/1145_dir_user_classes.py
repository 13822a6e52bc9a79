class Base:
    base_attr = 1

    def base_method(self):
        pass


class Child(Base):
    child_attr = 2

    def __init__(self):
        self.inst_attr = 3

    def child_method(self):
        pass

    @property
    def prop(self):
        return 4

    @staticmethod
    def smethod():
        pass

    @classmethod
    def cmethod(cls):
        pass


public = lambda names: [n for n in names if not n.startswith("_")]
print(public(dir(Child)))
print(public(dir(Child())))
print(public(dir(Base)))
print(dir(Child) == sorted(dir(Child)))
print("__init__" in dir(Child), "__class__" in dir(Child()), "__dict__" in dir(Child()))


class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "beta"]


print(dir(Custom()))


class Slotted:
    __slots__ = ("a", "b")


print(public(dir(Slotted)))
import types
m = types.ModuleType("fake_mod")
m.x = 1
m.helper = lambda: None
print(public(dir(m)))


def local_scope():
    a = 1
    b = 2
    return sorted(dir())


print(local_scope())
print(sorted(vars(Child().__class__)) == sorted(Child.__dict__), "child_method" in Child.__dict__, "base_method" in Child.__dict__)
print(type(Child.__dict__["smethod"]).__name__, type(Child.__dict__["cmethod"]).__name__, type(Child.__dict__["prop"]).__name__)
print(callable(Child.smethod), callable(Child().prop) if not isinstance(Child().prop, int) else "prop is int")
