def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(5), c2())
def multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in multipliers()])
def late():
    return [lambda x: x * i for i in range(4)]
print([m(10) for m in late()])
def outer():
    x = "outer"
    def inner():
        return x
    x = "changed"
    return inner
print(outer()())
adders = {n: (lambda n: lambda v: v + n)(n) for n in (1, 10)}
print(adders[1](5), adders[10](5))
print(c1.__closure__[0].cell_contents)
