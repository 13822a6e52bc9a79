def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def curry(f):
    def c(a):
        def d(b):
            return f(a, b)
        return d
    return c
print(curry(lambda a, b: a - b)(10)(3))
def power_factory():
    funcs = {}
    for p in range(1, 4):
        def f(x, p=p):
            return x ** p
        funcs[p] = f
    return funcs
fs = power_factory()
print([fs[p](2) for p in sorted(fs)])
def outer(n):
    def helper(k):
        return k if k <= 1 else k * helper(k - 1)
    return helper(n)
print(outer(6))
