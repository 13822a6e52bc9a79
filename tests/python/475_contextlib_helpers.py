# contextlib.suppress, closing, nullcontext, redirect_stdout (to a writer object)
import contextlib


with contextlib.suppress(KeyError, IndexError):
    {}["x"]
print("suppressed KeyError")
with contextlib.suppress(ArithmeticError):
    1 / 0
print("suppressed a subclass")
try:
    with contextlib.suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)


class Resource:
    def close(self):
        print("closed")


with contextlib.closing(Resource()) as r:
    print(type(r).__name__)
with contextlib.nullcontext(42) as v:
    print(v)
with contextlib.nullcontext() as v:
    print(v)


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


buf = Collect()
with contextlib.redirect_stdout(buf):
    print("captured", 1)
print(repr("".join(buf.parts)))
