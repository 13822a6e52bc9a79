# with over several items: enter order, reverse exit order, an exception
# seen by every __exit__, and suppression by the inner manager.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as a, CM("b") as b:
    print("body", a, b)
with CM("outer"), CM("inner", suppress=True):
    raise ValueError("boom")
print("after suppressed")
try:
    with CM("x") as x, CM("y") as y:
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
class Failing:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with CM("first"), Failing():
        print("never")
except RuntimeError as e:
    print("caught", e)
