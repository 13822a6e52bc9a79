log = []


def numbers():
    for i in range(5):
        log.append(f"produce {i}")
        yield i


def squares(it):
    for n in it:
        log.append(f"square {n}")
        yield n * n


pipeline = squares(numbers())
print(log)
print(next(pipeline), log)
log.clear()
print(list(pipeline))
print(log)
gen = (x * 10 for x in range(3))
print(gen.__next__(), list(gen))


def take(n, it):
    it = iter(it)
    return [next(it) for _ in range(n)]


def naturals():
    n = 0
    while True:
        yield n
        n += 1


print(take(5, naturals()))
evens = (n for n in naturals() if n % 2 == 0)
print(take(4, evens), take(2, evens))


def read_records(lines):
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, _, value = line.partition("=")
        yield name.strip(), int(value)


text = """
# config
width = 10
height= 20

depth =5
"""
print(dict(read_records(text.splitlines())))
g = (i for i in range(3))
print(sum(g), sum(g))


def counter():
    count = 0
    try:
        while True:
            yield count
            count += 1
    finally:
        print("counter finalized at", count)


c = counter()
for v in c:
    if v == 2:
        break
c.close()


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


import itertools
print(list(itertools.takewhile(lambda x: x < 100, fib())))
print(sum(1 for _ in zip(range(1000), fib())), next(x for x in fib() if x > 1000))
print(any(x > 10 for x in naturals()))
items = [3, 1, 4]
g = (x for x in items)
items.append(99)
print(list(g))
lazy_list = [1, 2]
g2 = (x for x in lazy_list)
lazy_list = [7, 8]
print(list(g2))
try:
    (1 / x for x in [1, 0])
    print("creating the genexp raised nothing")
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError during iteration:", e)
