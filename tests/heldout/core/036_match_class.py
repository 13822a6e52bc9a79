class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    def __init__(self, c, r):
        self.c, self.r = c, r
def where(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, 0):
            return f"on x axis at {xx}"
        case Circle(c=Point(x=cx), r=r) if r > 5:
            return f"big circle x={cx}"
        case Circle():
            return "circle"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s!r}"
        case _:
            return "unknown"
for o in [Point(0, 0), Point(0, 7), Point(3, 0), Point(1, 1), Circle(Point(2, 2), 10), Circle(Point(1, 1), 1), 5, 2.5, "s", None]:
    print(where(o))
