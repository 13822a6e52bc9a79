def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return ("done", count)


g = averager()
print(next(g))
print(g.send(10), g.send(20), g.send(60))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)


def guarded():
    try:
        while True:
            try:
                x = yield "ready"
                print("got", x)
            except ValueError as e:
                print("handled ValueError:", e)
                yield "recovered"
    finally:
        print("cleanup")


g = guarded()
print(next(g))
print(g.send(1))
print(g.throw(ValueError("bad")))
print(next(g))
g.close()
print("closed")
try:
    next(g)
except StopIteration:
    print("exhausted after close")


def refuses():
    try:
        yield 1
    except GeneratorExit:
        yield 2


g = refuses()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def simple():
    yield 1
    yield 2


g = simple()
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError propagated:", e)
print(list(g))


def states():
    yield 1


g = states()
import inspect
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
try:
    next(g)
except StopIteration:
    pass
print(inspect.getgeneratorstate(g))

g = simple()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)


def gen_with_return():
    yield "a"
    return 42


print(list(gen_with_return()))


def bad():
    yield 1
    raise StopIteration


try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e)
