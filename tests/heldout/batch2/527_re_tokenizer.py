import re
TOKEN = re.compile(r"\s*(?:(?P<num>\d+\.?\d*)|(?P<id>[A-Za-z_]\w*)|(?P<op>[-+*/()=]))")
def tokenize(s):
    pos, out, s = 0, [], s.rstrip()
    while pos < len(s):
        m = TOKEN.match(s, pos)
        if not m:
            raise SyntaxError(f"bad char {s[pos]!r} at {pos}")
        out.append((m.lastgroup, m.group(m.lastgroup)))
        pos = m.end()
    return out
print(tokenize("x = 3.5 * (y + 42)"))
try: tokenize("a $ b")
except SyntaxError as e: print(type(e).__name__, e)
def evaluate(tokens):
    toks, pos = [v for _, v in tokens], 0
    def expr():
        nonlocal pos
        v = term()
        while pos < len(toks) and toks[pos] in "+-":
            op = toks[pos]; pos += 1
            v = v + term() if op == "+" else v - term()
        return v
    def term():
        nonlocal pos
        v = factor()
        while pos < len(toks) and toks[pos] in "*/":
            op = toks[pos]; pos += 1
            v = v * factor() if op == "*" else v / factor()
        return v
    def factor():
        nonlocal pos
        t = toks[pos]; pos += 1
        if t == "(":
            v = expr(); pos += 1
            return v
        return float(t)
    return expr()
print(evaluate(tokenize("2 + 3 * (4 - 1) / 2")), evaluate(tokenize("10 - 2 - 3")))
