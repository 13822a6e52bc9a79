def f(cmd):
    match cmd:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case ["go", *rest]:
            return f"go {rest}"
        case [first, *_, last]:
            return f"many {first}..{last}"
for c in [[], [1], (1, 2), ["go", 1, 2], [1, 2, 3, 4], "ab", range(3)]:
    print(repr(c), f(c))
match (1, (2, 3)):
    case (a, (b, c)):
        print(a, b, c)
match [1, 2, 3]:
    case [1, *others] if len(others) > 5:
        print("big")
    case [1, *others]:
        print("others", others)
