import contextlib
import io


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("div") as t:
    print("inside", t)


@contextlib.contextmanager
def handled():
    try:
        yield
    except ValueError as e:
        print("handled in generator:", e)


with handled():
    raise ValueError("oops")
print("continues after handled")
try:
    with tag("span"):
        raise KeyError("k")
except KeyError:
    print("KeyError propagated out of tag")
with contextlib.suppress(FileNotFoundError, KeyError):
    {}["missing"]
print("suppressed")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured output")
    print("second line")
print("buffer:", repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    import sys
    print("to stderr", file=sys.stderr)
print("stderr captured:", repr(err.getvalue()))
with contextlib.ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ["a", "b"]]
    stack.callback(print, "callback runs first at exit")
    print("names:", names)


class Resource:
    def __init__(self):
        self.closed = False

    def close(self):
        self.closed = True
        print("resource closed")


r = Resource()
with contextlib.closing(r) as res:
    print("using", res.closed)
print(r.closed)
with contextlib.nullcontext(42) as v:
    print("nullcontext value", v)


class Timer(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit")
        return False


@Timer()
def work():
    print("working")


work()
with contextlib.ExitStack() as stack:
    stack.push(lambda *exc: print("push exit handler, exc:", exc[0].__name__ if exc[0] else None))
    moved = stack.pop_all()
print("after pop_all, nothing ran yet")
moved.close()


@contextlib.contextmanager
def bad():
    yield 1
    yield 2


try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
with contextlib.chdir("."):
    print("chdir context ok")
