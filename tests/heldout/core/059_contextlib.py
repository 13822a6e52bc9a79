import contextlib
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name * 2
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
try:
    with tag("i"):
        raise RuntimeError("bad")
except RuntimeError as e:
    print("caught", e)
with contextlib.suppress(ZeroDivisionError):
    1 / 0
print("suppressed")
with contextlib.ExitStack() as stack:
    for n in "xyz":
        stack.enter_context(tag(n))
    print("in stack")
with contextlib.nullcontext(5) as v:
    print(v)
