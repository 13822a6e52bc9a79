def running_stats():
    n = 0
    total = 0.0
    lo = hi = None
    try:
        while True:
            try:
                x = yield (n, total / n if n else None, lo, hi)
            except ValueError as e:
                print("  generator got ValueError:", e)
                continue
            if x is None:
                continue
            n += 1
            total += x
            lo = x if lo is None else min(lo, x)
            hi = x if hi is None else max(hi, x)
    finally:
        print("  stats closed after", n, "values")


g = running_stats()
print(next(g))
for v in (4, 8, 15):
    print(g.send(v))
print(g.throw(ValueError("bad sample")))
print(g.send(None))
print(g.send(-2))
g.close()
print("closed")
try:
    next(g)
except StopIteration:
    print("StopIteration after close")

g2 = running_stats()
try:
    g2.send(5)
except TypeError as e:
    print("TypeError:", e)


def countdown(n):
    while n > 0:
        cmd = yield n
        if cmd == "reset":
            n = 5
        else:
            n -= 1
    return "liftoff"


c = countdown(3)
out = [next(c), next(c), c.send("reset"), next(c)]
print(out)
try:
    while True:
        next(c)
except StopIteration as e:
    print("return value:", e.value)


def gen_ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2


g3 = gen_ignore_exit()
next(g3)
try:
    g3.close()
except RuntimeError as e:
    print("RuntimeError:", e)

g4 = running_stats()
next(g4)
try:
    g4.throw(KeyError("k"))
except KeyError as e:
    print("KeyError propagated:", e)
print(list(g4))
