class Tag:
    depth = 0

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("  " * Tag.depth + f"<{self.name}>")
        Tag.depth += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        Tag.depth -= 1
        print("  " * Tag.depth + f"</{self.name}>")
        return False


with Tag("html"):
    with Tag("body") as b, Tag("p"):
        print("  " * Tag.depth + "text in " + b.name)


class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught = ev
            return True
        return False


with Suppress(KeyError, IndexError) as s:
    [][0]
    print("not reached")
print("suppressed:", type(s.caught).__name__, s.caught)

try:
    with Suppress(KeyError):
        int("zz")
except ValueError as e:
    print("propagated:", e)


class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store

    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back due to", et.__name__)
        else:
            print("committed")


db = {"a": 1}
with Transaction(db) as d:
    d["b"] = 2
print(db)
try:
    with Transaction(db) as d:
        d["c"] = 3
        raise RuntimeError("boom")
except RuntimeError:
    pass
print(db)


class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log

    def __enter__(self):
        self.log.append("open " + self.name)
        return self

    def __exit__(self, *exc):
        self.log.append("close " + self.name)


log = []
with Resource("a", log), Resource("b", log), Resource("c", log):
    log.append("work")
print(log)


def exit_args():
    class Spy:
        def __enter__(self):
            return "entered value"

        def __exit__(self, et, ev, tb):
            print("exit got:", et, ev, tb)

    with Spy() as v:
        print(v)


exit_args()

try:
    with 42:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__)


def in_function():
    with Tag("fn"):
        return "returned from with"


print(in_function())
