def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
def multiplier(n):
    return lambda x: x * n
double, triple = multiplier(2), multiplier(3)
print(double(5), triple(5))
funcs = [lambda i=i: i * i for i in range(4)]
print([f() for f in funcs])
late = [lambda: i for i in range(3)]
print([f() for f in late])
def outer():
    x = "outer"
    def inner():
        return x
    x = "changed"
    return inner
print(outer()())
print(c1.__closure__[0].cell_contents)
g = 10
def use_global():
    global g
    g += 1
use_global()
print(g)
