# contextlib.ExitStack: LIFO unwinding, callbacks, pop_all, exceptions and suppression
from contextlib import ExitStack, contextmanager


@contextmanager
def res(name):
    print("open", name)
    try:
        yield name
    finally:
        print("close", name)


with ExitStack() as stack:
    names = [stack.enter_context(res(n)) for n in "abc"]
    stack.callback(print, "callback", 1)
    print("using", names)

with ExitStack() as stack:
    stack.enter_context(res("kept"))
    moved = stack.pop_all()
print("stack exited")
moved.close()


class Suppress:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("suppressing", exc[0].__name__ if exc[0] else None)
        return True


with ExitStack() as stack:
    stack.enter_context(Suppress())
    stack.enter_context(res("inner"))
    raise ValueError("boom")
print("survived")
try:
    with ExitStack() as stack:
        stack.enter_context(res("x"))
        raise KeyError("k")
except KeyError as e:
    print("KeyError:", e)
try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print("TypeError:", e)
