# match statement: literal, value, sequence, mapping, class, or, as and
# guard patterns; match and case stay usable as names.

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Color:
    RED = 1
    GREEN = 2
def describe(v):
    match v:
        case 0 | 1 | 2:
            return "small"
        case -1:
            return "minus one"
        case 1.5 | 2+3j:
            return "odd number"
        case "hello" | b"bytes":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case Color.RED:
            return "red"
        case [] | ():
            return "empty seq"
        case [x]:
            return f"one {x}"
        case [x, y, *rest] if x == y:
            return f"pair-ish {x} {rest}"
        case (first, *_, last):
            return f"first {first} last {last}"
        case {"type": "circle", "r": r}:
            return f"circle {r}"
        case {"type": t, **others}:
            return f"type {t} others {others}"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis {y}"
        case Point(x, y) as p if x == y:
            return f"diagonal {p.x}"
        case Point():
            return "some point"
        case int(n) if n > 100:
            return f"big {n}"
        case str() as s:
            return f"str {s!r}"
        case {}:
            return "a mapping"
        case _:
            return "other"
for v in [0, 2, -1, 1.5, 2+3j, "hello", b"bytes", None, True, False, 1, [], (), [5], [1, 1, 2, 3], [1, 2, 3], (1, 2),
          {"type": "circle", "r": 2}, {"type": "sq", "a": 1, "b": 2}, Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2),
          500, "xyz", {"q": 1}, 3.5, "hello"[0]]:
    print(repr(v).split(" object at")[0][:30], "->", describe(v))
match = 5
case = [match]
print(match, case)
print(match)
def match(x): return x
print(match(4))
match case:
    case [5]:
        print("soft keywords")
command = "go north"
match command.split():
    case ["go", direction]:
        print("going", direction)
    case _:
        print("?")
match 42:
    case x:
        print("captured", x)
print(x)
