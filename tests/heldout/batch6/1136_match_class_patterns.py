from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Circle:
    center: Point
    radius: float


@dataclass
class Rect:
    corner: Point
    w: float
    h: float


class Legacy:
    __match_args__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


def area(shape):
    match shape:
        case Circle(Point(0, 0), r):
            return f"origin circle r={r}"
        case Circle(center=Point(x=x, y=y), radius=r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(_, r):
            return f"circle area {3.14 * r * r:.2f}"
        case Rect(Point(x, y), w, h) if w == h:
            return f"square at {x},{y} side {w}"
        case Rect(w=w, h=h):
            return f"rect area {w * h}"
        case Point(x=0):
            return "point on y axis"
        case Point():
            return "some point"
        case Legacy(1, b):
            return f"legacy one with {b}"
        case Legacy(a, b=[*items]):
            return f"legacy {a} items={items}"
        case _:
            return "unknown"


shapes = [
    Circle(Point(0, 0), 2), Circle(Point(1, 2), 11), Circle(Point(1, 1), 1),
    Rect(Point(0, 1), 3, 3), Rect(Point(0, 0), 2, 5), Point(0, 9), Point(5, 5),
    Legacy(1, "bee"), Legacy(2, [1, 2]), Legacy(3, "str"), 42,
]
for s in shapes:
    print(area(s))


def kind(obj):
    match obj:
        case bool(b):
            return f"bool:{b}"
        case int(i):
            return f"int:{i}"
        case float(f):
            return f"float:{f}"
        case str(s):
            return f"str:{s}"
        case list([int(), *_]):
            return "list starting with int"
        case dict({"k": int(v)}):
            return f"dict k={v}"
        case tuple((a, b)):
            return f"tuple2 {a} {b}"
        case _:
            return "?"


for o in [True, 3, 1.5, "s", [1, "a"], ["a"], {"k": 5, "z": 1}, {"k": "x"}, (1, 2), (1, 2, 3)]:
    print(kind(o))

try:
    match Point(1, 2):
        case Legacy(1, 2, 3):
            pass
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)


def evaluate(expr):
    match expr:
        case ("+", l, r):
            return evaluate(l) + evaluate(r)
        case ("*", l, r):
            return evaluate(l) * evaluate(r)
        case ("-", x):
            return -evaluate(x)
        case int() | float() as n:
            return n
        case _:
            raise ValueError(f"bad expr {expr!r}")


print(evaluate(("+", 1, ("*", 2, ("-", 3)))))
try:
    evaluate(("/", 1, 2))
except ValueError as e:
    print("ValueError:", e)
