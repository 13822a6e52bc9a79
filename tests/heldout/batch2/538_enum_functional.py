from enum import Enum, unique, IntEnum
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3).name)
Shape = Enum("Shape", [("SQUARE", 4), ("TRIANGLE", 3)])
print(Shape.SQUARE.value, Shape(3))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__, e)
class Weekday(IntEnum):
    MON = 0
    TUE = 1
    WED = 2
    @classmethod
    def from_name(cls, s):
        return cls[s.upper()[:3]]
print(Weekday.from_name("tuesday"), Weekday.from_name("wed") + 1, [d.name for d in sorted(Weekday, reverse=True)])
try:
    Animal.ANT = 5
except AttributeError as e:
    print(type(e).__name__)
try:
    Weekday["SUN"]
except KeyError as e:
    print(type(e).__name__, e)
