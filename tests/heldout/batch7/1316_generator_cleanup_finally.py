log = []


def read_records(name, records):
    log.append(f"open {name}")
    try:
        for r in records:
            yield r
    except GeneratorExit:
        log.append(f"early exit {name}")
        raise
    finally:
        log.append(f"close {name}")


for rec in read_records("a.csv", [1, 2, 3]):
    pass
print(log)
log.clear()

for rec in read_records("b.csv", [1, 2, 3]):
    if rec == 2:
        break
print(log)
log.clear()
g = read_records("c.csv", "xyz")
print(next(g))
g.close()
g.close()
print(log)
log.clear()
g = read_records("never_started.csv", [1])
g.close()
print(log)
log.clear()


def resource_pool(size):
    pool = list(range(size))
    try:
        while pool:
            item = pool.pop(0)
            returned = yield item
            if returned is not None:
                pool.append(returned)
    finally:
        log.append(f"pool drained, {len(pool)} left")


p = resource_pool(2)
a = next(p)
b = p.send(None)
c = p.send(a)
print(a, b, c)
p.close()
print(log)
log.clear()


def failing():
    try:
        yield 1
        raise ValueError("mid-stream failure")
    finally:
        log.append("failing cleaned up")


try:
    for x in failing():
        log.append(f"got {x}")
except ValueError as e:
    log.append(f"caught {e}")
print(log)


def gen_with_return():
    try:
        yield "a"
        return "result"
    finally:
        print("finally before StopIteration")


it = gen_with_return()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration value:", e.value)
