def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter(); c2 = make_counter()
print(c1(), c1(), c1(), c2())
def adders():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in adders()])
def adders_fixed():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders_fixed()])
def outer():
    x = "outer"
    def mid():
        def inner():
            return x
        return inner
    return mid()()
print(outer())
print(c1.__code__.co_freevars, make_counter.__code__.co_cellvars)
print(c1.__closure__[0].cell_contents)
