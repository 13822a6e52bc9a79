log = """INFO start
ERROR disk full
INFO retry
WARN slow
ERROR disk full
ERROR net down"""
lines = (l for l in log.splitlines())
errors = (l.split(" ", 1)[1] for l in lines if l.startswith("ERROR"))
seen = set()
def unique(it):
    for x in it:
        if x not in seen:
            seen.add(x)
            yield x
print(list(unique(errors)))
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 1
    while True:
        yield n
        n += 1
squares = (n * n for n in naturals())
odd_squares = (s for s in squares if s % 2)
print(list(take(6, odd_squares)))
g = (x for x in range(3))
print(sum(g), sum(g))
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen closed")
it = gen()
print(next(it))
it.close()
print("after close")
