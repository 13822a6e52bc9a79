def worker():
    try:
        while True:
            try:
                x = yield
                print("got", x)
            except ValueError as e:
                print("handled", e)
                yield "recovered"
    finally:
        print("cleanup")
w = worker()
next(w)
w.send(1)
print(w.throw(ValueError("bad")))
next(w)
w.send(2)
w.close()
print("closed")
try:
    w.send(3)
except StopIteration:
    print("StopIteration after close")
def g2():
    yield 1
g = g2()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn(); next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
