# Generator cleanup: leaving a for loop early (break, return, exception)
# closes the generator it was iterating, which runs its `finally` block;
# close() and throw() from the outside; a generator still suspended at
# exit is closed when the module's globals are cleared.

def rows(tag):
    try:
        for i in range(1, 4):
            yield f"{tag}-{i}"
    finally:
        print("  closing", tag)

for r in rows("break"):
    print(r)
    break
print("after break")

def first_match(prefix):
    for r in rows("return"):
        if r.startswith(prefix):
            return r
print("returned", first_match("ret"))

try:
    for r in rows("error"):
        raise ValueError("stop at " + r)
except ValueError as e:
    print("caught:", e)

for r in rows("exhausted"):
    pass
print("exhausted normally")

def accumulator():
    total = 0
    while True:
        try:
            total += yield total
        except KeyError:
            print("  reset requested")
            total = 0
        except GeneratorExit:
            print("  accumulator closed at", total)
            raise

acc = accumulator()
next(acc)
print(acc.send(10), acc.send(5))
print(acc.throw(KeyError))
print(acc.send(2))
acc.close()
print("after close:", next(acc, "nothing"))

def ticker():
    n = 0
    try:
        while True:
            n += 1
            yield n
    finally:
        print("ticker stopped at", n)

clock = ticker()
print(next(clock), next(clock))
print("end of program")
