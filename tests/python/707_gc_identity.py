# id() is stable while an object lives; identity-keyed dicts and sets survive collections
import gc

objs = [object() for _ in range(100)]
ids = [id(o) for o in objs]
for i in range(3):
    junk = [[j] for j in range(2000)]
    junk = None
    gc.collect()
print(ids == [id(o) for o in objs])
print(len(set(ids)))

class Key:
    def __init__(self, n):
        self.n = n

keys = [Key(i) for i in range(50)]
table = {k: k.n * k.n for k in keys}
members = set(keys[::2])
gc.collect()
print(sum(table[k] for k in keys), sum(1 for k in keys if k in members))

x = []
y = x
gc.collect()
print(x is y, id(x) == id(y))
a = "some string"
b = a
gc.collect()
print(a is b)

live_ids = {}
for i in range(200):
    o = [i]
    live_ids[id(o)] = o
gc.collect()
print(all(id(v) == k for k, v in live_ids.items()), len(live_ids))

h1 = hash(keys[0])
gc.collect()
print(h1 == hash(keys[0]))
