from contextlib import ExitStack, closing, nullcontext
class Res:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print("open", self.n); return self
    def __exit__(self, *a):
        print("close", self.n); return False
with ExitStack() as stack:
    rs = [stack.enter_context(Res(i)) for i in range(3)]
    stack.callback(print, "callback ran")
    print("using", [r.n for r in rs])
class Thing:
    def close(self): print("thing closed")
with closing(Thing()) as t:
    print("with thing")
with nullcontext(42) as v:
    print("null", v)
