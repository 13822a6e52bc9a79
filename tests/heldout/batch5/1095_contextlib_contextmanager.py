# contextlib.contextmanager
from contextlib import contextmanager
@contextmanager
def tag(name, log):
    log.append(f"<{name}>")
    try:
        yield name.upper()
    finally:
        log.append(f"</{name}>")
log = []
with tag("html", log):
    with tag("body", log) as t:
        log.append(f"content in {t}")
print("".join(log))
@contextmanager
def catching(*types):
    try:
        yield
    except types as e:
        print("caught inside generator:", type(e).__name__, e)
with catching(KeyError):
    {}["nope"]
try:
    with catching(KeyError):
        raise ValueError("not handled")
except ValueError as e:
    print("propagated:", e)
@contextmanager
def temp_attr(obj, name, value):
    old = getattr(obj, name)
    setattr(obj, name, value)
    try:
        yield obj
    finally:
        setattr(obj, name, old)
class Settings:
    debug = False
with temp_attr(Settings, "debug", True) as s:
    print("inside:", s.debug)
print("outside:", Settings.debug)
try:
    with temp_attr(Settings, "debug", "temp"):
        raise RuntimeError("boom")
except RuntimeError:
    print("restored after error:", Settings.debug)
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
@tag("deco", log := [])
def decorated():
    log.append("body")
decorated()
decorated()
print(log)
