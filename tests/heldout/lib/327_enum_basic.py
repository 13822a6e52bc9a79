from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN))
print(Color.RED.name, Color.RED.value)
print(Color(2), Color["BLUE"])
print(list(Color))
print(len(Color), Color.RED in Color)
print(Color.RED == Color.RED, Color.RED == 1)
print(type(Color.RED).__name__, isinstance(Color.RED, Color))
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color["PINK"]
except KeyError as e:
    print(type(e).__name__, e)
