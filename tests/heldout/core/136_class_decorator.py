def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class User:
    def __init__(self, name, age):
        self.name = name
        self.age = age
print(User("ann", 5))
def count_instances(cls):
    orig = cls.__init__
    cls.instances = 0
    def __init__(self, *a, **k):
        cls.instances += 1
        orig(self, *a, **k)
    cls.__init__ = __init__
    return cls
@count_instances
class Thing:
    def __init__(self, x):
        self.x = x
Thing(1); Thing(2); Thing(3)
print(Thing.instances)
import functools
@functools.total_ordering
class W:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(W(1) >= W(1), W(2) > W(1), W(3) <= W(1))
