# Exception args, str() and repr() for zero, one and several arguments.
for e in [ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), KeyError(), IndexError(3), Exception(None)]:
    print(repr(e), "|", str(e), "|", e.args)
class MyErr(Exception):
    def __str__(self):
        return "custom str"
e = MyErr("x", "y")
print(repr(e), str(e), e.args, f"{e}")
class WithInit(Exception):
    def __init__(self, value):
        super().__init__("value was %r" % value)
        self.value = value
w = WithInit([1])
print(repr(w), str(w), w.value, w.args)
try:
    raise KeyError("multi\nline")
except KeyError as k:
    print(repr(str(k)))
print(isinstance(StopIteration(5).value, int), StopIteration(5).value, SystemExit(3).code)
raise ValueError("bad", 42)
