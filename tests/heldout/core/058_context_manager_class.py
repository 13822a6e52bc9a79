class CM:
    def __init__(self, name, suppress=False):
        self.name = name; self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("b", suppress=True):
    raise ValueError("oops")
print("after suppressed")
try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
with CM("x") as x, CM("y") as y:
    print("both", x, y)
with (CM("p") as p,
      CM("q") as q):
    print("paren", p, q)
def f():
    with CM("ret"):
        return "returned"
print(f())
