import contextlib

events = []


class Res:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail

    def __enter__(self):
        if self.fail:
            raise OSError(f"cannot open {self.name}")
        events.append(f"open {self.name}")
        return self

    def __exit__(self, *exc):
        events.append(f"close {self.name}")
        return False


names = ["a.txt", "b.txt", "c.txt"]
with contextlib.ExitStack() as stack:
    files = [stack.enter_context(Res(n)) for n in names]
    stack.callback(events.append, "callback ran")
    events.append(f"using {len(files)}")
print(events)
events.clear()
try:
    with contextlib.ExitStack() as stack:
        for n in ["x", "y", "z"]:
            stack.enter_context(Res(n, fail=(n == "z")))
except OSError as e:
    events.append(f"error: {e}")
print(events)
events.clear()
with contextlib.ExitStack() as stack:
    stack.enter_context(Res("kept"))
    later = stack.pop_all()
events.append("stack exited")
with later:
    events.append("now closing later")
print(events)
events.clear()


@contextlib.contextmanager
def step(n):
    events.append(f"enter {n}")
    yield n
    events.append(f"exit {n}")


with contextlib.ExitStack() as stack:
    vals = [stack.enter_context(step(i)) for i in range(3)]
    events.append(f"vals {vals}")
print(events)
events.clear()


def cleanup(tag, *args, **kw):
    events.append(f"cleanup {tag} {args} {kw}")


with contextlib.ExitStack() as stack:
    stack.callback(cleanup, "first", 1, k="v")
    stack.push(lambda et, ev, tb: events.append(f"push saw {et.__name__ if et else None}"))
    stack.callback(cleanup, "second")
print(events)
events.clear()


def suppress_all(et, ev, tb):
    events.append(f"suppressing {et.__name__}")
    return True


with contextlib.ExitStack() as stack:
    stack.push(suppress_all)
    raise ValueError("swallowed")
print(events)
stack = contextlib.ExitStack()
stack.callback(print, "closed explicitly")
stack.close()
stack.close()
