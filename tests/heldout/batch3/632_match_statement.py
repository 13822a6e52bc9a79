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
            return f"string {s}"
        case [a, b]:
            return f"pair {a},{b}"
        case [first, *rest]:
            return f"seq first={first} rest={rest}"
        case {"type": "circle", "r": r}:
            return f"circle r={r}"
        case {"type": t, **others}:
            return f"shape {t} {sorted(others)}"
        case _:
            return "other"
for v in [0, -5, 3.5, "quit", "hi", [1, 2], [1, 2, 3], {"type": "circle", "r": 2},
          {"type": "sq", "w": 1, "h": 2}, None, ()]:
    print(repr(v), "->", describe(v))
