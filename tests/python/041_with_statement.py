# Context managers: __enter__/__exit__, the `as` target, exceptions
# passed to __exit__ and suppressed when it returns true, multiple items,
# return/break inside `with`, and an exception that propagates.

class Tag:
    depth = 0
    def __init__(self, name, swallow=()):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("  " * Tag.depth + "<" + self.name + ">")
        Tag.depth += 1
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        Tag.depth -= 1
        note = "" if exc_type is None else f" ({exc_type.__name__}: {exc})"
        print("  " * Tag.depth + "</" + self.name + ">" + note)
        return exc_type in self.swallow

with Tag("html") as label:
    print("label is", label)
    with Tag("body"), Tag("p"):
        print("    text")

with Tag("safe", swallow=(KeyError,)):
    {}["missing"]
print("KeyError was suppressed")

try:
    with Tag("outer", swallow=(KeyError,)):
        with Tag("inner"):
            raise ValueError("not suppressed")
except ValueError as e:
    print("caught:", e)

def find(items, target):
    with Tag("search"):
        for i, x in enumerate(items):
            if x == target:
                return i
    return -1

print(find([5, 6, 7], 6), find([], 1))

for n in range(3):
    with Tag("step" + str(n)):
        if n == 1:
            continue
        if n == 2:
            break

class Locked:
    def __init__(self):
        self.locked = False
    def __enter__(self):
        self.locked = True
        return self
    def __exit__(self, *exc):
        self.locked = False

lock = Locked()
with lock as held:
    print("inside:", held.locked, held is lock)
print("after:", lock.locked)

with Tag("final"):
    result = 10 / 0
