# Generators suspended across collections keep their frames, locals and iterators
import gc

def counter(n):
    junk = [0] * 10
    for i in range(n):
        tmp = [i, str(i)]
        yield tmp
    return "done"

g = counter(5)
print(next(g))
gc.collect()
print(next(g))
garbage = [[k] for k in range(3000)]
garbage = None
gc.collect()
print(list(g))

def delegate():
    r = yield from counter(3)
    yield r

d = delegate()
out = []
for x in d:
    gc.collect()
    out.append(x)
print(out)

def echo():
    received = []
    while True:
        try:
            v = yield len(received)
        except ValueError as e:
            received.append("err:" + str(e))
            continue
        if v is None:
            break
        received.append(v)
    yield received

e = echo()
next(e)
for word in ["alpha", "beta", "gamma"]:
    e.send(word * 2)
    gc.collect()
e.throw(ValueError("boom"))
gc.collect()
print(e.send(None))

gens = [(x * y for x in range(4)) for y in range(3)]
gc.collect()
print([list(gg) for gg in gens])

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
vals = []
for i in range(100):
    vals.append(next(f))
    if i % 10 == 0:
        gc.collect()
print(vals[-1], len(vals))

# a generator left suspended and dropped is freed
for i in range(200):
    h = counter(10)
    next(h)
h = None
print(gc.collect() >= 0)

def nested():
    for i in range(3):
        def inner(k=i):
            yield k
            yield k * 10
        yield from inner()
print(list(nested()))
