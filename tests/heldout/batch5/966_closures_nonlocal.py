# closures, nonlocal and global
counter_total = 0
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        global counter_total
        count += step
        counter_total += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c2(5), c1(10), c2())
print(counter_total)
print(c1.__closure__[0].cell_contents, c1.__code__.co_freevars)
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    return middle(), x
print(outer())
def make_adders():
    return [lambda v, n=n: v + n for n in range(3)]
print([f(10) for f in make_adders()])
def broken():
    y = 1
    def inner():
        print(y)
        y = 2
    inner()
try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def uses_global():
    global NEW_GLOBAL
    NEW_GLOBAL = "created"
uses_global()
print(NEW_GLOBAL)
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
