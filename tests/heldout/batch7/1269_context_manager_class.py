class Transaction:
    def __init__(self, store):
        self.store = store
        self.pending = {}

    def __enter__(self):
        print("begin")
        return self

    def set(self, key, value):
        self.pending[key] = value

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.store.update(self.pending)
            print("commit", sorted(self.pending))
            return False
        print("rollback due to", exc_type.__name__, exc)
        return issubclass(exc_type, KeyError)


store = {"a": 1}
with Transaction(store) as t:
    t.set("b", 2)
    t.set("c", 3)
print(store)

with Transaction(store) as t:
    t.set("d", 4)
    raise KeyError("suppressed")
print("after suppressed:", store)

try:
    with Transaction(store) as t:
        t.set("e", 5)
        raise ValueError("not suppressed")
except ValueError as e:
    print("propagated:", e)
print(store)


class Indent:
    level = 0

    def __enter__(self):
        Indent.level += 1
        return "  " * Indent.level

    def __exit__(self, *exc):
        Indent.level -= 1


with Indent() as p1:
    print(p1 + "one")
    with Indent() as p2, Indent() as p3:
        print(p3 + "three", len(p2))
    print(p1 + "back", Indent.level)
print(Indent.level)


class Timer:
    def __enter__(self):
        self.entered = True
        return None

    def __exit__(self, et, ev, tb):
        self.exited = (et, ev)


tm = Timer()
with tm as val:
    print("val is", val)
print(tm.exited)

try:
    with 42:
        pass
except (TypeError, AttributeError) as e:
    print("non-context-manager rejected:", type(e).__name__)


def early_return():
    with Transaction({}) as t:
        t.set("z", 0)
        return "returned inside with"


print(early_return())
