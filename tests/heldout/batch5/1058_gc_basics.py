# gc enable/disable/isenabled, thresholds, collect
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
th = gc.get_threshold()
print(type(th).__name__, len(th), all(isinstance(t, int) for t in th))
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(*th)
print(gc.get_threshold() == th)
n = gc.collect()
print(type(n).__name__, n >= 0)
print(isinstance(gc.get_count(), tuple), len(gc.get_count()))
for gen in (0, 1, 2):
    print(gen, gc.collect(gen) >= 0)
try:
    gc.collect(3)
except ValueError as e:
    print(type(e).__name__, e)
print(gc.garbage == [] or len(gc.garbage) >= 0)
print(isinstance(gc.get_stats(), list), len(gc.get_stats()))
was = gc.isenabled()
gc.disable()
try:
    junk = [[i] for i in range(1000)]
    del junk
finally:
    if was:
        gc.enable()
print("restored", gc.isenabled())
print(callable(gc.get_referrers), callable(gc.get_referents))
