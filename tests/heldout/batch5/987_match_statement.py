# structural pattern matching
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
def describe(obj):
    match obj:
        case 0 | 1:
            return "small int"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float() as num:
            return f"number {num}"
        case "":
            return "empty string"
        case str(s):
            return f"string of {len(s)}"
        case [] :
            return "empty list"
        case [x]:
            return f"one item {x}"
        case [x, y, *rest]:
            return f"starts {x},{y} rest {rest}"
        case {"type": "user", "name": name, **extra}:
            return f"user {name} extra {sorted(extra)}"
        case {"type": t}:
            return f"typed {t}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(x=a, y=b) if a == b:
            return f"diagonal {a}"
        case Point():
            return "some point"
        case None:
            return "none"
        case _:
            return "other"
tests = [0, 1, -5, 7, 2.5, "", "hey", [], [9], [1, 2, 3, 4], (1, 2),
         {"type": "user", "name": "amy", "age": 3}, {"type": "x"},
         Point(0, 0), Point(0, 4), Point(3, 3), Point(1, 2), None, {1, 2}]
for t in tests:
    print(repr(t), "->", describe(t))
def command(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as direction]:
            return f"going {direction}"
        case ["take", item, *more] if more:
            return f"take {item} and {len(more)} more"
        case ["take", item]:
            return f"take {item}"
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return "unknown"
for c in ["go north", "go west", "take key", "take a b c", "exit", ""]:
    print(repr(c), command(c))
