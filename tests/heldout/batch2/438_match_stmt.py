def describe(x):
    match x:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float():
            return "number"
        case "quit" | "exit":
            return "bye"
        case str(s):
            return f"string {s!r}"
        case [a, b]:
            return f"pair {a},{b}"
        case [first, *rest]:
            return f"list starting {first} with {len(rest)} more"
        case {"type": "point", "x": px, "y": py}:
            return f"point at {px},{py}"
        case None:
            return "none"
        case _:
            return "other"
for v in [0, -5, 3.5, "quit", "hi", [1, 2], [1, 2, 3, 4], {"type": "point", "x": 1, "y": 2, "z": 0}, None, (), {1}]:
    print(describe(v))
