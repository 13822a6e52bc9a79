# contextlib.contextmanager: setup/teardown, exceptions inside the block, as decorator
from contextlib import contextmanager

log = []


@contextmanager
def tag(name):
    log.append("<%s>" % name)
    try:
        yield name.upper()
    finally:
        log.append("</%s>" % name)


with tag("p") as t:
    log.append(t)
print("".join(log))


@contextmanager
def swallow(kind):
    try:
        yield
    except kind as e:
        print("swallowed", type(e).__name__, e)


with swallow(ZeroDivisionError):
    1 / 0
print("after")
try:
    with swallow(KeyError):
        [][1]
except IndexError as e:
    print("passed through:", e)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def twice():
    yield 1
    yield 2


try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@tag("deco")
def decorated(x):
    log.append("body%d" % x)


log.clear()
decorated(1)
decorated(2)
print(log)
