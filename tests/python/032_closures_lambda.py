# lambda, nested functions, closures over enclosing variables, nonlocal,
# late binding, and an error reading a free variable before assignment.

square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(5), add(1), add(1, 2), (lambda: "no args")())
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: p[0]))

def make_counter(start=0):
    count = start
    def increment(step=1):
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    return increment, reset

inc, reset = make_counter(5)
print(inc(), inc(), inc(10))
reset()
print(inc())
other, _ = make_counter()
print(other(), inc())

def make_multipliers():
    return [lambda x: x * i for i in range(4)]

def make_multipliers_bound():
    return [lambda x, i=i: x * i for i in range(4)]

print([m(2) for m in make_multipliers()], [m(2) for m in make_multipliers_bound()])

def outer():
    message = "outer"
    def middle():
        def inner():
            return message + "/inner"
        return inner()
    message = "changed"
    return middle()

print(outer())

def accumulator():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    return add, items

adder, store = accumulator()
adder("a")
adder("b")
print(store)

def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60))

def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed

print(compose(str, abs, lambda v: v - 10)(3))

def counter_class_style():
    state = {"n": 0}
    def bump():
        state["n"] += 1
        return state["n"]
    return bump

b = counter_class_style()
b()
print(b())

x = "global"
def reads_global():
    return x
def shadows():
    x = "local"
    def inner():
        return x
    return inner()
print(reads_global(), shadows())

def broken():
    def show():
        return value
    result = show()
    value = 1
    return result

broken()
