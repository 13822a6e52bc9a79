from enum import Enum, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value)
print(Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color))
print([m for m in Color.__members__])
print(Color.RED == 1, Color.RED == Color.RED, isinstance(Color.RED, Color))
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color["PINK"]
except KeyError as e:
    print(type(e).__name__, e)
class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
    def sides(self):
        return 0 if self is Shape.CIRCLE else 4
print(Shape.CIRCLE.value, Shape.SQUARE.value, Shape.SQUARE.sides())
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
