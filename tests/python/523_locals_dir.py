# locals() in functions (cells and free variables included), class bodies
# and for str.format(**locals()); dir() without arguments.
def f(a, b=2, *args, **kw):
    c = a + b
    def inner():
        return c
    print(sorted(locals()), locals()["c"], dir())
    return inner
f(1, 3, 4, k=5)
def g():
    x = 1
    y = [i for i in range(3)]
    print(locals())
    del x
    print(locals())
g()
class K:
    x = 1
    def m(self): pass
    print(sorted(locals()))
print("{name} is {age}".format(**{"name": "ann", "age": 3}))
def fmt():
    name, age = "bob", 4
    return "{name} is {age}".format(**locals())
print(fmt())
