import gc

print(gc.isenabled())
n = gc.collect()
print(type(n).__name__, n >= 0)
gc.disable()
print(gc.isenabled())
r = gc.collect()
print("collect works while disabled:", isinstance(r, int))
gc.enable()
print(gc.isenabled())
for gen in (0, 1, 2):
    print("generation", gen, "->", type(gc.collect(gen)).__name__)
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)

class Plain:
    pass

print(isinstance(gc.garbage, list), len(gc.garbage))
print(callable(gc.get_referrers), callable(gc.get_referents), isinstance(gc.callbacks, list))


import weakref

refs = []


def build_cycles(n):
    for i in range(n):
        a = Plain()
        b = Plain()
        a.other, b.other = b, a
        a.label = i
        refs.append(weakref.ref(a))


gc.disable()
build_cycles(50)
freed = gc.collect()
print("collect returned int:", isinstance(freed, int), "non-negative:", freed >= 0)
print("all cycles reclaimed:", all(r() is None for r in refs))
gc.enable()
keep = Plain()
keep.me = keep
refs = [weakref.ref(keep)]
gc.collect()
print("reachable cycle kept:", refs[0]() is keep)
