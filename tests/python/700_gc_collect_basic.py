# The gc module's controls: collect() returns an int, enable/disable/isenabled, argument checks
import gc

n = gc.collect()
print(type(n).__name__, n >= 0)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
junk = [[i] * 3 for i in range(5000)]
junk = None
print(isinstance(gc.collect(), int))
gc.enable()
print(gc.isenabled())
for g in (0, 1, 2, False, True):
    print(g, isinstance(gc.collect(g), int))
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    gc.collect("x")
except TypeError as e:
    print("TypeError", e)
try:
    gc.collect(1.5)
except TypeError as e:
    print("TypeError", e)
try:
    gc.collect(0, 1)
except TypeError as e:
    print("TypeError")
try:
    gc.enable(1)
except TypeError as e:
    print("TypeError", e)
print(gc.collect() >= 0, gc.collect() >= 0)
try:
    gc.collect(10**30)
except OverflowError as e:
    print("OverflowError", e)
