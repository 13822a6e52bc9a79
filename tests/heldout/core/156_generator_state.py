import inspect
def g():
    yield 1
    yield 2
gen = g()
print(inspect.getgeneratorstate(gen))
next(gen)
print(inspect.getgeneratorstate(gen))
list(gen)
print(inspect.getgeneratorstate(gen))
def self_ref():
    yield gen2.gi_running
gen2 = self_ref()
print(next(gen2))
def reentrant():
    yield next(gen3)
gen3 = reentrant()
try:
    next(gen3)
except ValueError as e:
    print(type(e).__name__, e)
def raises_stop():
    yield 1
    raise StopIteration("inner")
try:
    list(raises_stop())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
