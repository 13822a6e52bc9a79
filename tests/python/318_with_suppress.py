# Context managers: __exit__ arguments, suppression, nesting.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type.__name__ if exc_type else None, exc)
        return exc_type is not None and issubclass(exc_type, self.types)
with Suppress(KeyError) as s:
    print("body", type(s).__name__)
with Suppress(KeyError):
    {}["missing"]
print("after suppressed KeyError")
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("propagated:", e)
class Tracker:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, *args):
        print("exit", self.name)
        return False
with Tracker("a") as a, Tracker("b") as b:
    print("inside", a, b)
def in_function():
    with Tracker("f"):
        return "returned"
print(in_function())
for i in range(2):
    with Tracker("loop%d" % i):
        if i == 0:
            continue
        break
class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with EnterFails():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    with 42:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
