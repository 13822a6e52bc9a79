# super() through a diamond: cooperative methods follow the MRO.
class Base:
    def __init__(self):
        print("Base.__init__")
    def hello(self):
        return ["Base"]
class Left(Base):
    def __init__(self):
        print("Left.__init__")
        super().__init__()
    def hello(self):
        return ["Left"] + super().hello()
class Right(Base):
    def __init__(self):
        print("Right.__init__")
        super().__init__()
    def hello(self):
        return ["Right"] + super().hello()
class Child(Left, Right):
    def __init__(self):
        print("Child.__init__")
        super().__init__()
    def hello(self):
        return ["Child"] + super().hello()
c = Child()
print(c.hello())
print([k.__name__ for k in Child.__mro__])
print(Child.mro() == list(Child.__mro__), Child.__bases__, Left.__base__)
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B+" + super(B, self).who()
print(B().who(), super(B, B()).who())
try:
    class Bad(Left, Child):
        pass
except TypeError as e:
    print("TypeError:", e)
