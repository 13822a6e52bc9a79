# contextlib: suppress, ExitStack, redirect_stdout/stderr, nullcontext, closing
from contextlib import suppress, ExitStack, redirect_stdout, redirect_stderr, nullcontext, closing
import io
import sys
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("after suppress")
with suppress(KeyError):
    print("no error raised")
try:
    with suppress(KeyError):
        [][0]
except IndexError as e:
    print("not suppressed:", type(e).__name__)
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured!")
    print("second line")
print("captured text:", buf.getvalue().splitlines())
err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print("stderr text:", repr(err.getvalue()))
class Res:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append("open " + self.name)
        return self
    def __exit__(self, *exc):
        self.log.append("close " + self.name)
        return False
log = []
with ExitStack() as stack:
    resources = [stack.enter_context(Res(n, log)) for n in "abc"]
    stack.callback(log.append, "callback ran")
    log.append("working with " + ",".join(r.name for r in resources))
print(log)
log = []
with ExitStack() as stack:
    stack.enter_context(Res("x", log))
    moved = stack.pop_all()
log.append("after first with")
moved.close()
print(log)
with nullcontext("value") as v:
    print("nullcontext gives", v)
class Closable:
    def __init__(self):
        self.closed = False
    def close(self):
        self.closed = True
c = Closable()
with closing(c) as obj:
    print("inside closing:", obj.closed)
print("after closing:", c.closed)
def optional_lock(use):
    return Res("lock", []) if use else nullcontext()
with optional_lock(False) as lk:
    print("lock object:", lk)
