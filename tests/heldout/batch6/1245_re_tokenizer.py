import re
from collections import namedtuple

Token = namedtuple("Token", "kind value pos")
SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?"),
    ("IDENT", r"[A-Za-z_]\w*"),
    ("OP", r"[+\-*/()=]"),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join(f"(?P<{name}>{pat})" for name, pat in SPEC))


def tokenize(code):
    for m in MASTER.finditer(code):
        kind = m.lastgroup
        value = m.group()
        if kind == "SKIP":
            continue
        if kind == "MISMATCH":
            raise SyntaxError(f"unexpected {value!r} at {m.start()}")
        if kind == "NUMBER":
            value = float(value) if "." in value else int(value)
        yield Token(kind, value, m.start())


for tok in tokenize("total = price * 1.5 + (tax - 2)"):
    print(tok)
try:
    list(tokenize("a = b $ c"))
except SyntaxError as e:
    print("SyntaxError:", e)


def evaluate(expr, env):
    tokens = list(tokenize(expr))
    pos = 0

    def peek():
        return tokens[pos] if pos < len(tokens) else None

    def take():
        nonlocal pos
        tok = tokens[pos]
        pos += 1
        return tok

    def atom():
        tok = take()
        if tok.kind == "NUMBER":
            return tok.value
        if tok.kind == "IDENT":
            return env[tok.value]
        if tok.value == "(":
            v = sum_()
            take()
            return v
        if tok.value == "-":
            return -atom()
        raise SyntaxError(f"bad token {tok.value!r}")

    def product():
        v = atom()
        while peek() and peek().value in ("*", "/"):
            op = take().value
            r = atom()
            v = v * r if op == "*" else v / r
        return v

    def sum_():
        v = product()
        while peek() and peek().value in ("+", "-"):
            op = take().value
            r = product()
            v = v + r if op == "+" else v - r
        return v

    return sum_()


env = {"price": 10, "tax": 5, "x": 3}
for e in ["price * 1.5 + (tax - 2)", "2 + 3 * 4", "(2 + 3) * 4", "-x * 2 + 10 / 4", "x * (x + 1) / 2"]:
    print(e, "=", evaluate(e, env))
print(re.findall(r"\$\{(\w+)\}", "path=${HOME}/bin:${PATH}"), re.split(r"(?<=[.!?])\s+", "One. Two! Three? Four"))
