# Class patterns: __match_args__, keyword patterns, self-matching
# builtins and subclasses, dataclass-like classes, and the TypeErrors.
class I(int):
    pass


class P:
    __match_args__ = ("a", "b")

    def __init__(self, a=1, b=2):
        self.a = a
        self.b = b


class Q(P):
    pass


def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case I(x):
            return f"I {x}"
        case int(x) | float(x):
            return f"number {x}"
        case str(s) | bytes(s):
            return f"text {s!r}"
        case list([a, *b]):
            return f"list {a} {b}"
        case dict({"k": k}):
            return f"dict {k}"
        case Q(a, b=b2) if b2 > 5:
            return f"Q big {a} {b2}"
        case P(a=1) as p:
            return f"P a=1 b={p.b}"
        case P(x, y):
            return f"P {x} {y}"
        case object(missing=m):
            return "never"
        case _:
            return "other"


for v in [True, I(7), 3, 2.5, "s", b"b", [1, 2, 3], {"k": 9}, Q(3, 9), P(1, 4), Q(5, 2), P(8, 8), (1,), None]:
    print(kind(v))


class R:
    __match_args__ = ["a"]


class S:
    __match_args__ = (1,)


f = type("X", (), {"y": 5})()


def check(n):
    try:
        if n == 0:
            match P():
                case P(1, 2, 3):
                    pass
        elif n == 1:
            match 1:
                case f.y():
                    pass
        elif n == 2:
            match R():
                case R(x):
                    pass
        elif n == 3:
            match P():
                case P(1, a=1):
                    pass
        elif n == 4:
            match S():
                case S(x):
                    pass
        elif n == 5:
            match 5:
                case int(x, y):
                    pass
        elif n == 6:
            match object():
                case object(x):
                    pass
        elif n == 7:
            match {"a": 1}:
                case {f.y: 1, 5: 2}:
                    pass
        elif n == 8:
            match {"a": 1, 5: 2}:
                case {f.y: 1, 5: 2}:
                    pass
        print("no error", n)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


for n in range(9):
    check(n)
