import contextlib
import io
import os


@contextlib.contextmanager
def tag(name, log):
    log.append(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        log.append(f"handled {e}")
    finally:
        log.append(f"</{name}>")


log = []
with tag("html", log) as t1:
    with tag("body", log) as t2:
        log.append(f"content {t1} {t2}")
print(log)
log = []
with tag("div", log):
    raise ValueError("bad value")
print(log)
log = []
try:
    with tag("p", log):
        raise KeyError("k")
except KeyError:
    log.append("KeyError escaped")
print(log)
with contextlib.suppress(FileNotFoundError, KeyError):
    {}["missing"]
    print("not reached")
print("suppressed ok")
with contextlib.suppress(ZeroDivisionError):
    x = 1 / 0
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
    print("another")
print(repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    import sys
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))


class Conn:
    def __init__(self):
        self.closed = False

    def close(self):
        self.closed = True


with contextlib.closing(Conn()) as c:
    print("open inside:", not c.closed)
print("closed after:", c.closed)
with contextlib.nullcontext(42) as v:
    print("nullcontext value", v)


@contextlib.contextmanager
def temp_setting(d, key, value):
    old = d.get(key, None)
    d[key] = value
    try:
        yield d
    finally:
        if old is None:
            del d[key]
        else:
            d[key] = old


settings = {"mode": "prod"}
with temp_setting(settings, "mode", "test") as s:
    print(s)
with temp_setting(settings, "extra", 1):
    print(settings)
print(settings)


@contextlib.contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@tag("decorated", log)
def work():
    log.append("working")


log = []
work()
print(log)
print(os.path.basename(os.getcwd()) == os.path.basename(os.getcwd()))
