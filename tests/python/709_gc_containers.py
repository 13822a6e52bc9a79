# Dict and set operations (deletion, views, copies, popping) interleaved with collections
import gc

d = {}
for i in range(2000):
    d[i] = [i, str(i)]
for i in range(0, 2000, 3):
    del d[i]
gc.collect()
print(len(d), d[1], d[1999])
ks = d.keys()
vs = d.values()
its = d.items()
gc.collect()
print(len(ks), sum(v[0] for v in vs) % 1000, next(iter(its)))
while len(d) > 10:
    d.popitem()
gc.collect()
print(d)
e = d.copy()
d.clear()
gc.collect()
print(e, d)

s = set()
for i in range(1000):
    s.add((i, i * 2))
for i in range(0, 1000, 2):
    s.discard((i, i * 2))
gc.collect()
print(len(s), (999, 1998) in s, (998, 1996) in s)
fs = frozenset(x for x in s if x[0] < 10)
gc.collect()
print(sorted(fs))
popped = [s.pop() for _ in range(495)]
gc.collect()
print(sorted(s))

nested = {"a": {"b": {"c": [1, {"d": (2, 3)}]}}}
copy = {k: v for k, v in nested.items()}
nested = None
gc.collect()
print(copy)

lst = [[i] * (i % 5) for i in range(100)]
del lst[10:90]
lst.sort(key=len)
gc.collect()
print(lst)
