def make_counter(start=0, step=1):
    count = start

    def inc():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    return inc, reset


inc, reset = make_counter(10, 5)
print(inc(), inc(), inc())
reset()
print(inc())

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])


def make_multipliers():
    result = []
    for n in range(1, 4):
        def mul(x, n=n):
            return x * n
        result.append(mul)
    return result


print([m(10) for m in make_multipliers()])


def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    r = middle()
    return r, x


print(outer())


def accumulator():
    total = []

    def add(v):
        total.append(v)
        return sum(total)
    return add


acc = accumulator()
for v in [3, 4, 5]:
    print("acc", acc(v))
print(acc.__closure__ is not None, len(acc.__closure__))
print(type(acc.__closure__[0].cell_contents).__name__)


def memoize(f):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), len(fib.cache))


def unbound():
    try:
        print(y)
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
    return y


unbound()

x = 100


def shadow():
    x = 1

    def g():
        return x
    x = 2
    return g()


print(shadow(), x)


def counter_gen():
    state = {"n": 0}

    def bump():
        state["n"] += 1
        return state["n"]
    return bump


b = counter_gen()
b(); b()
print(b())
