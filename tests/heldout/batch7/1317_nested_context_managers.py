events = []


class Resource:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name = name
        self.fail_enter = fail_enter
        self.suppress = suppress

    def __enter__(self):
        if self.fail_enter:
            events.append(f"enter-fail {self.name}")
            raise OSError(f"cannot acquire {self.name}")
        events.append(f"enter {self.name}")
        return self.name.upper()

    def __exit__(self, et, ev, tb):
        events.append(f"exit {self.name} ({et.__name__ if et else 'ok'})")
        return self.suppress


with Resource("db") as a, Resource("cache") as b:
    events.append(f"body {a} {b}")
print(events)
events.clear()

try:
    with Resource("db"), Resource("lock", fail_enter=True), Resource("never"):
        events.append("body")
except OSError as e:
    events.append(f"caught {e}")
print(events)
events.clear()

with Resource("outer", suppress=True):
    with Resource("inner"):
        raise KeyError("boom")
    events.append("not reached")
events.append("after with")
print(events)
events.clear()

with (
    Resource("x") as x,
    Resource("y", suppress=True) as y,
):
    events.append(f"parenthesized {x}{y}")
    1 / 0
print(events)
events.clear()


class ExitRaises:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise RuntimeError("exit failed")


try:
    with ExitRaises():
        raise ValueError("body failed")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))

for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            continue
        events.append(f"work{i}")
print(events)
