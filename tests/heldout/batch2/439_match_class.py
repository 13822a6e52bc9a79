from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
@dataclass
class Circle:
    center: Point
    r: int
def where(shape):
    match shape:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Circle(Point(x=cx, y=cy), r) if r > 10:
            return f"big circle at {cx},{cy}"
        case Circle(center=c, r=r):
            return f"circle r={r} at {c}"
        case _:
            return "somewhere"
for s in [Point(0, 0), Point(0, 4), Point(3, 0), Point(1, 1), Circle(Point(1, 2), 20), Circle(Point(0, 0), 2)]:
    print(where(s))
def cmd(line):
    match line.split():
        case ["go", ("north" | "south") as d]:
            return "going " + d
        case ["say", *words]:
            return " ".join(words)
        case []:
            return "empty"
        case _:
            return "?"
print(cmd("go north"), cmd("go west"), cmd("say hello there"), cmd(""))
