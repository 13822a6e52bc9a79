def make_counter(start=0, step=1):
    count = start

    def inc():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        old, count = count, start
        return old

    return inc, reset


inc, reset = make_counter(10, 5)
print(inc(), inc(), inc())
print(reset(), inc())

inc2, _ = make_counter()
print(inc2(), inc2(), inc())


def make_averager():
    total = 0
    n = 0

    def add(x):
        nonlocal total, n
        total += x
        n += 1
        return total / n
    return add


avg = make_averager()
print([avg(x) for x in (10, 20, 30, 40)])
print(avg(50), avg(0))


def memo_fib():
    cache = {0: 0, 1: 1}
    calls = [0]

    def fib(n):
        calls[0] += 1
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]
    return fib, calls


fib, calls = memo_fib()
print(fib(50), calls[0])
print(fib(30), calls[0])


def outer():
    x = "outer"

    def middle():
        x = "middle"

        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    m = middle()
    return x, m


print(outer())

funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [(lambda i=i: i * 10) for i in range(3)]
print([f() for f in funcs])


def accumulate_log():
    entries = []

    def log(msg):
        entries.append(f"{len(entries) + 1}:{msg}")
        return entries
    return log


log = accumulate_log()
log("start")
log("middle")
print(log("end"))
