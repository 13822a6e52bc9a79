import gc
import sys

x = [1, "two", 3.0]
print(len(gc.get_referents(x)), sorted(map(repr, gc.get_referents(x))))
print(sorted(gc.get_referents(("a", "b"))), gc.get_referents(), len(gc.get_referents([1], [2, 3])))
d = {"k": "v"}
print(sorted(gc.get_referents(d)))


class Target:
    pass


target = Target()
holder = [target]
other = {"t": target}
nested = (holder,)
refs = gc.get_referrers(target)
print(any(r is holder for r in refs), any(r is other for r in refs), any(r is nested for r in refs))
print(any(r is nested for r in gc.get_referrers(holder)), type(refs).__name__)
print(any(r is holder for r in gc.get_referrers(Target())))
print(Target in gc.get_referents(target))
print(any(o is holder for o in gc.get_objects()))

log = []


def cb(phase, info):
    log.append((phase, sorted(info)))


print(isinstance(gc.callbacks, list))
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
gc.collect()
print(log)


def selfremove(phase, info):
    log.append(phase)
    gc.callbacks.remove(selfremove)


log = []
gc.callbacks.append(selfremove)
gc.collect()
print(log, gc.callbacks)

a = "".join(["hel", "lo", "_world_", str(42)])
b = "".join(["hello", "_wor", "ld_4", "2"])
print(a == b, a is b, sys.intern(a) is sys.intern(b), sys.intern(a) == a, type(sys.intern(b)).__name__)
try:
    sys.intern(123)
except TypeError as e:
    print(e)
print(sorted(map(repr, gc.get_referents({1: "one", "k": 2}))))
