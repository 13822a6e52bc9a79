# match over nested data: a tiny expression evaluator, command parsing,
# star patterns at every position, mapping rests and bindings that
# survive after the match.
def ev(e):
    match e:
        case ("num", n):
            return n
        case ("neg", x):
            return -ev(x)
        case ("add" | "+", a, b):
            return ev(a) + ev(b)
        case ("mul", a, b):
            return ev(a) * ev(b)
        case ("sum", *terms):
            return sum(ev(t) for t in terms)
        case [op, *_]:
            raise ValueError(f"unknown op {op}")
        case _:
            raise TypeError(f"bad expr {e!r}")


print(ev(("add", ("num", 2), ("mul", ("num", 3), ("neg", ("num", 4))))))
print(ev(("sum", ("num", 1), ("num", 2), ("+", ("num", 3), ("num", 4)))))
for bad in [("pow", 1, 2), 42]:
    try:
        ev(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


def split(seq):
    match seq:
        case []:
            return "empty"
        case [*init, last] if len(init) > 2:
            return f"long: init={init} last={last}"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"
        case [only]:
            return f"only={only}"


for s in [[], [1], [1, 2], [1, 2, 3], (1, 2, 3, 4, 5), range(3), "abc"]:
    print(split(s))

config = {"name": "app", "version": 3, "debug": True, "tags": ["a", "b"]}
match config:
    case {"name": str(name), "version": int(v), **rest} if v > 2:
        print(name, v, sorted(rest))
match config:
    case {"tags": [_, second], "debug": True | False as dbg}:
        print(second, dbg)
match (1, (2, 3)):
    case (a, (b, c) as inner):
        pass
print(a, b, c, inner)
events = [{"click": (1, 2)}, {"key": "q"}, {"scroll": -3}, {"key": "x", "mod": "ctrl"}]
for ev_ in events:
    match ev_:
        case {"click": (x, y)}:
            print("click at", x, y)
        case {"key": "q", **kw} if not kw:
            print("quit")
        case {"key": k, "mod": m}:
            print("combo", m, k)
        case other:
            print("unhandled", other)
