# Generator send/throw/close protocol and states.
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("caught", e)
            continue
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return avg
a = averager()
print(next(a), a.send(10), a.send(20), a.throw(ValueError("bad")), a.send(30))
try:
    a.send(None)
except StopIteration as e:
    print("done", e.value)
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
c = closer()
print(next(c))
c.close()
c.close()
print(list(c))
g = closer()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
h = ignore_exit()
next(h)
try:
    h.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def thrower():
    yield 1
t = thrower()
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("KeyError:", e)
