# Uncaught exception raised in a generator reached through yield from:
# the traceback shows the delegating frame, then the inner one.
def inner():
    yield 1
    raise ValueError("inner failed")
def outer():
    yield from inner()
for x in outer():
    print(x)
