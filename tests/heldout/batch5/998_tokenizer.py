# a small tokenizer and recursive-descent expression evaluator
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("NUM", float(text) if "." in text else int(text)))
            i = j
        elif c in "+-*/()":
            tokens.append(("OP", c))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {c!r} at {i}")
    return tokens
class Parser:
    def __init__(self, tokens):
        self.toks, self.pos = tokens + [("EOF", None)], 0
    def peek(self):
        return self.toks[self.pos]
    def take(self):
        self.pos += 1
        return self.toks[self.pos - 1]
    def expr(self):
        v = self.term()
        while self.peek() in (("OP", "+"), ("OP", "-")):
            op = self.take()[1]
            v = v + self.term() if op == "+" else v - self.term()
        return v
    def term(self):
        v = self.unary()
        while self.peek() in (("OP", "*"), ("OP", "/")):
            op = self.take()[1]
            v = v * self.unary() if op == "*" else v / self.unary()
        return v
    def unary(self):
        kind, val = self.take()
        if (kind, val) == ("OP", "-"):
            return -self.unary()
        if kind == "NUM":
            return val
        if (kind, val) == ("OP", "("):
            v = self.expr()
            self.take()
            return v
        raise SyntaxError(f"unexpected token {val!r}")
for src in ["1 + 2 * 3", "(1 + 2) * 3", "-3 * 4 + 10", "0.5 * 100 / 4", "7 / 2", "2 - -(3)", "1.5 * (2 - 8) / 3"]:
    print(src, "=>", Parser(tokenize(src)).expr())
print(tokenize("10 + 3.25*(42)"))
for bad in ["3 $ 4", "* 2", "x + 1"]:
    try:
        Parser(tokenize(bad)).expr()
    except SyntaxError as e:
        print("SyntaxError", e)
