def inner():
    x = yield "inner-1"
    print("inner received", x)
    yield "inner-2"
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield from range(2)
    yield from "ab"
g = outer()
print(next(g))
print(g.send("hello"))
print(list(g))
def flatten(x):
    if isinstance(x, list):
        for i in x:
            yield from flatten(i)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def delegating():
    try:
        yield from inner()
    except ValueError as e:
        yield f"caught {e}"
d = delegating()
next(d)
print(d.throw(ValueError("thrown into inner")))
