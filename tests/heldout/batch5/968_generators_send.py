# generators: send, throw, close, return values
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
print(g.send(10), g.send(20), g.send(30))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught inside:", e)
        yield "recovered"
    finally:
        print("cleanup")
g2 = guarded()
print(next(g2))
print(g2.throw(ValueError("bad")))
try:
    next(g2)
except StopIteration:
    print("exhausted")
g3 = guarded()
next(g3)
g3.close()
print("closed", g3.gi_frame is None)
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)), list(countdown(0)))
g4 = countdown(2)
print(next(g4), next(g4), next(g4, "default"))
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g5 = bad_close()
next(g5)
try:
    g5.close()
except RuntimeError as e:
    print(type(e).__name__, e)
