# throw() and close() on a generator suspended in `yield from` reach the
# sub-generator first; what it does decides what the outer one sees.
def inner():
    try:
        yield 1
        yield 2
    except ValueError:
        yield "inner caught"
    finally:
        print("inner finally")
def outer():
    yield from inner()
    yield "outer after"
g = outer()
print(next(g), g.throw(ValueError), next(g), next(g, "done"))
g = outer()
next(g)
g.close()
print("closed")
def returns():
    try:
        yield "r1"
    except KeyError:
        return "handled"
def wrapper():
    result = yield from returns()
    yield "got " + result
w = wrapper()
print(next(w), w.throw(KeyError("k")))
def passes():
    yield "p"
def rethrow():
    try:
        yield from passes()
    except TypeError as e:
        yield "outer caught " + str(e)
r = rethrow()
print(next(r), r.throw(TypeError("t")))
