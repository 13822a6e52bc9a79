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
import gc, weakref
class C:
    def m(self): return 42
events = []
a = C(); a.me = a
r1 = weakref.ref(a, lambda r: events.append(("cb", r is r1, r() is None)))
r2 = weakref.ref(a)
print(r1() is a, r1 == r2, hash(r1) == hash(a))
del a
gc.collect()
print(r1() is None, r2() is None, events, r1 == r2, r1 == r1, "dead" in repr(r1))
print(hash(r1) == hash(r1))
try:
    hash(r2)
except TypeError as e:
    print("TypeError", e)
b = C()
wm = weakref.WeakMethod(b.m)
print(wm()(), wm() == b.m)
del b
gc.collect()
print(wm())
out = []
c = C()
f = weakref.finalize(c, out.append, "fin")
print(f.alive, f.peek()[1] is out.append)
del c
gc.collect()
print(out, f.alive, f())
d = C()
f2 = weakref.finalize(d, out.append, "x")
print(f2(), f2.alive, f2(), out)
gc.collect()
keep = C()
rk = weakref.ref(keep)
gc.collect()
print(rk() is keep)
out_d = []
class F:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        out_d.append(self.name)
saved = []
class R(F):
    def __del__(self):
        out_d.append("R" + self.name)
        saved.append(self)
class Bad(F):
    def __del__(self):
        raise KeyError("k")
F("a"); R("b")
x = F("c"); x.other = F("d")
gc.collect()
print(sorted(out_d))
del x
gc.collect()
print(sorted(out_d), len(saved))
saved.clear()
gc.collect()
print(sorted(out_d))
