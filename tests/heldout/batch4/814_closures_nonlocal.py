# closures, global, nonlocal
counter_total = 0
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        global counter_total
        count += step
        counter_total += step
        return count
    def get():
        return count
    return inc, get
inc1, get1 = make_counter()
inc2, get2 = make_counter(100)
inc1(); inc1(5); inc2()
print(get1(), get2(), counter_total)
def outer():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x += 10
            return x
        return inner
    f = middle()
    f(); f()
    return x
print(outer())
def adders():
    return [lambda n, k=k: n + k for k in range(3)]
print([f(10) for f in adders()])
def late():
    fs = []
    for k in range(3):
        fs.append(lambda: k)
    return [f() for f in fs]
print(late())
x = 'global'
def read_global():
    return x
def shadow():
    x = 'local'
    return x
print(read_global(), shadow(), x)
def broken():
    try:
        print(y_undefined_local)
        y_undefined_local = 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
broken()
def memo():
    cache = {}
    def fib(n):
        if n not in cache:
            cache[n] = n if n < 2 else fib(n - 1) + fib(n - 2)
        return cache[n]
    return fib
print(memo()(80))
