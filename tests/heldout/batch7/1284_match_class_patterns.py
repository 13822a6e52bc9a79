from dataclasses import dataclass


@dataclass
class Num:
    value: float


@dataclass
class BinOp:
    op: str
    left: object
    right: object


@dataclass
class Neg:
    operand: object


class Var:
    __match_args__ = ("name",)

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Var({self.name!r})"


def evaluate(node, env):
    match node:
        case Num(value=v):
            return v
        case Var(name):
            return env[name]
        case Neg(operand=inner):
            return -evaluate(inner, env)
        case BinOp("+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case BinOp("/", _, Num(0)):
            raise ZeroDivisionError("literal division by zero")
        case BinOp("/", l, r):
            return evaluate(l, env) / evaluate(r, env)
        case BinOp(op=op):
            raise ValueError(f"unknown operator {op}")
        case _:
            raise TypeError(f"bad node {node!r}")


def simplify(node):
    match node:
        case BinOp("+", Num(0), x) | BinOp("+", x, Num(0)):
            return simplify(x)
        case BinOp("*", Num(1), x) | BinOp("*", x, Num(1)):
            return simplify(x)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return Num(0)
        case Neg(Neg(x)):
            return simplify(x)
        case BinOp(op, l, r):
            return BinOp(op, simplify(l), simplify(r))
        case _:
            return node


env = {"x": 4, "y": 2.5}
exprs = [
    BinOp("+", Num(1), BinOp("*", Var("x"), Num(3))),
    Neg(BinOp("/", Var("x"), Var("y"))),
    BinOp("/", Num(1), Num(0)),
    BinOp("%", Num(1), Num(2)),
    BinOp("+", Num(0), BinOp("*", Num(1), Var("y"))),
    Neg(Neg(Num(7))),
    "oops",
]
for e in exprs:
    try:
        print(evaluate(e, env))
    except (ZeroDivisionError, ValueError, TypeError) as err:
        print(type(err).__name__, err)
print(simplify(exprs[4]))
print(simplify(exprs[5]))
print(simplify(BinOp("*", Var("z"), Num(0))))
print(simplify(BinOp("-", BinOp("+", Num(0), Num(2)), Num(1))))

match (1, [2, {"k": "v"}]):
    case (a, [b, {"k": c}]):
        print("nested:", a, b, c)
point = {"x": 1, "y": 2, "z": 3}
match point:
    case {"x": 0}:
        print("on axis")
    case {"x": x, "y": y}:
        print("mapping with extra keys ok:", x, y)
