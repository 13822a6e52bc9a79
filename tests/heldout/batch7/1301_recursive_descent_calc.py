import re

TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(\*\*|[-+*/%()^])|([a-z]+))")


def tokenize(src):
    pos, out = 0, []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m or m.end() == pos:
            raise SyntaxError(f"unexpected character {src[pos:].strip()[0]!r} at {pos}")
        num, op, name = m.groups()
        out.append(("num", float(num)) if num else ("op", op) if op else ("name", name))
        pos = m.end()
    out.append(("end", None))
    return out


class Parser:
    FUNCS = {"abs": abs, "neg": lambda x: -x, "sq": lambda x: x * x}

    def __init__(self, src, variables):
        self.toks = tokenize(src)
        self.i = 0
        self.vars = variables

    def peek(self):
        return self.toks[self.i]

    def take(self, kind=None, value=None):
        tok = self.toks[self.i]
        if (kind and tok[0] != kind) or (value and tok[1] != value):
            raise SyntaxError(f"expected {value or kind}, got {tok[1]!r}")
        self.i += 1
        return tok

    def parse(self):
        v = self.expr()
        self.take("end")
        return v

    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            v = v + self.term() if op == "+" else v - self.term()
        return v

    def term(self):
        v = self.factor()
        while self.peek()[0] == "op" and self.peek()[1] in "*/%":
            op = self.take()[1]
            rhs = self.factor()
            if op == "*":
                v *= rhs
            elif op == "/":
                v /= rhs
            else:
                v %= rhs
        return v

    def factor(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek() in (("op", "^"), ("op", "**")):
            self.take()
            return base ** self.factor()
        return base

    def atom(self):
        kind, val = self.peek()
        if kind == "num":
            self.take()
            return val
        if kind == "name":
            self.take()
            if self.peek() == ("op", "("):
                self.take()
                arg = self.expr()
                self.take("op", ")")
                return self.FUNCS[val](arg)
            if val not in self.vars:
                raise NameError(f"undefined variable {val!r}")
            return self.vars[val]
        if (kind, val) == ("op", "("):
            self.take()
            v = self.expr()
            self.take("op", ")")
            return v
        raise SyntaxError(f"unexpected token {val!r}")


env = {"x": 3.0, "rate": 0.5}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ** 2", "10 / 4 - x", "17 % 5 + rate",
            "abs(neg(4)) + sq(x)", "2 * (3 + 4", "1 + $", "y * 2", "4 / (2 - 2)", "3 4", ""]:
    try:
        print(f"{src!r:24} = {Parser(src, env).parse()}")
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{src!r:24} ! {type(e).__name__}: {e}")
