# Inheritance: method overriding and resolution, super().__init__(),
# multiple inheritance with the C3 MRO, issubclass, and a TypeError for a
# missing constructor argument.

class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def describe(self):
        return f"{type(self).__name__}({self.name})"

class Dog(Animal):
    sound = "woof"

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " (squeaky)"

class Cat(Animal):
    sound = "meow"
    def speak(self):
        return Animal.speak(self).upper()

for a in [Animal("generic"), Dog("rex"), Puppy("bit", 1), Cat("tom")]:
    print(a.describe(), "->", a.speak())

print(issubclass(Puppy, Animal), issubclass(Animal, Dog), isinstance(Puppy("p", 2), Dog))
print([c.__name__ for c in Puppy.__mro__])

class Base:
    def who(self):
        return ["Base"]
class Left(Base):
    def who(self):
        return ["Left"] + super().who()
class Right(Base):
    def who(self):
        return ["Right"] + super().who()
class Child(Left, Right):
    def who(self):
        return ["Child"] + super().who()

print(Child().who())
print([c.__name__ for c in Child.__mro__])

class A:
    def hello(self):
        return "A.hello"
class B(A):
    pass
class C(A):
    def hello(self):
        return "C.hello"
class D(B, C):
    pass
print(D().hello(), [k.__name__ for k in D.__mro__])

class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    def __str__(self):
        return f"{self.name} with area {self.area()}"

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

shapes = [Rect(2, 3), Square(4), Shape("blob")]
for s in shapes:
    print(s)
print(sum(s.area() for s in shapes))

class Mixin:
    def tag(self):
        return "<" + self.label() + ">"
class Labelled(Mixin):
    def __init__(self, text):
        self.text = text
    def label(self):
        return self.text
print(Labelled("hi").tag())

class Vehicle:
    def __init__(self, wheels, color):
        self.wheels = wheels
        self.color = color

class Bike(Vehicle):
    def __init__(self, color):
        super().__init__(2)

print(Vehicle(4, "red").wheels)
Bike("blue")
