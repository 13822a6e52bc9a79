def describe(value):
    match value:
        case None:
            return "none"
        case True | False:
            return f"bool {value}"
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float() as num:
            return f"number {num}"
        case "":
            return "empty string"
        case str() as s if s.isdigit():
            return f"digit string {s}"
        case str(s):
            return f"string {s!r}"
        case []:
            return "empty list"
        case [x]:
            return f"one element {x}"
        case [x, y]:
            return f"pair {x},{y}"
        case [first, *rest]:
            return f"first {first} rest {rest}"
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": kind, **others}:
            return f"typed {kind} others={sorted(others)}"
        case {}:
            return "some dict"
        case _:
            return f"other {type(value).__name__}"


for v in [None, True, 0, -5, 7, 2.5, "", "123", "abc", [], [1], [1, 2], [1, 2, 3, 4], (9, 8),
          {"type": "point", "x": 1, "y": 2}, {"type": "circle", "r": 3, "c": 0}, {"a": 1}, {1, 2}]:
    print(repr(v), "->", describe(v))


def command(text):
    match text.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", _]:
            return "bad direction"
        case ["take", *items] if items:
            return "taking " + " and ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return "unknown"


for c in ["go north", "go up", "take sword shield", "take", "quit", "exit", "dance now"]:
    print(c, "=>", command(c))

HTTP_OK = 200


class Status:
    NOT_FOUND = 404
    ERROR = 500


def status(code):
    match code:
        case Status.NOT_FOUND:
            return "not found"
        case Status.ERROR:
            return "server error"
        case 200 | 201 | 204:
            return "success"
        case n if 300 <= n < 400:
            return "redirect"
        case _:
            return "unknown"


print([status(c) for c in (200, 204, 301, 404, 500, 999)])
match (1, "x"):
    case (1, "y"):
        print("no")
    case (1, str(letter)):
        print("matched letter", letter)
match "hello":
    case [*_]:
        print("string as sequence?")
    case _:
        print("strings are not sequences in match")
