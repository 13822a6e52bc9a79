# gc.collect() called from Python code that builtins call back into (sort keys, dunders, map)
import gc

def key(x):
    gc.collect()
    return -x[0]

items = [[i, str(i)] for i in range(20)]
print(sorted(items, key=key)[:3])
print(isinstance(max(items, key=lambda x: (gc.collect(), x[0])[1]), list))

class Weird:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        gc.collect()
        return self.v == other.v
    def __hash__(self):
        gc.collect()
        return hash(self.v)
    def __lt__(self, other):
        gc.collect()
        return self.v < other.v
    def __repr__(self):
        gc.collect()
        return "W(%d)" % self.v

ws = [Weird(i % 7) for i in range(30)]
print(len(set(ws)), sorted(ws)[:3], Weird(3) in ws)
print(list(map(lambda w: (gc.collect(), w.v)[1], ws[:5])))
print({w: [w.v] for w in ws[:3]})
print(str([Weird(1), Weird(2)]))

def gen():
    for i in range(5):
        gc.collect()
        yield [i]
print(list(gen()), sum(x[0] for x in gen()))
print([n >= 0 for n in map(gc.collect, [0, 1, 2])])
