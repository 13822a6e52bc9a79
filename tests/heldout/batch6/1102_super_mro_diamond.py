class Base:
    def __init__(self):
        self.trail = ["Base"]

    def hello(self):
        return "Base"


class Left(Base):
    def __init__(self):
        super().__init__()
        self.trail.append("Left")

    def hello(self):
        return "Left>" + super().hello()


class Right(Base):
    def __init__(self):
        super().__init__()
        self.trail.append("Right")

    def hello(self):
        return "Right>" + super().hello()


class Child(Left, Right):
    def __init__(self):
        super().__init__()
        self.trail.append("Child")

    def hello(self):
        return "Child>" + super().hello()


c = Child()
print(c.trail)
print(c.hello())
print([k.__name__ for k in Child.mro()])
print(super(Left, c).hello())
print(super(Right, c).hello())


class Mixin:
    def greet(self):
        return "mixin:" + super().greet()


class Greeter:
    def greet(self):
        return "greeter"


class Combined(Mixin, Greeter):
    pass


print(Combined().greet())


class Counter:
    count = 0

    @classmethod
    def make(cls):
        cls.count += 1
        return cls()


class SubCounter(Counter):
    @classmethod
    def make(cls):
        obj = super().make()
        obj.tag = cls.__name__
        return obj


s = SubCounter.make()
print(s.tag, SubCounter.count, Counter.count)

try:
    class Bad(Left, Base, Right):
        pass
except TypeError as e:
    print("TypeError raised for inconsistent MRO")


class A:
    def __init__(self, x, **kw):
        super().__init__(**kw)
        self.x = x


class B:
    def __init__(self, y, **kw):
        super().__init__(**kw)
        self.y = y


class AB(A, B):
    pass


ab = AB(x=1, y=2)
print(ab.x, ab.y)
