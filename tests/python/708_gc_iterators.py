# Iterators in the middle of iteration survive collections
import gc

d = {str(i): [i] for i in range(20)}
s = set(range(0, 40, 2))
data = list(range(30))

iters = {
    "dict_keys": iter(d),
    "dict_items": iter(d.items()),
    "dict_values": iter(d.values()),
    "set": iter(s),
    "list": iter(data),
    "tuple": iter(tuple(data)),
    "str": iter("abcdefghijklmnopqrstuvwxyz0123"),
    "range": iter(range(100, 130)),
    "enumerate": enumerate(data, 5),
    "zip": zip(data, "abcdefghijklmnopqrstuvwxyz0123"),
    "map": map(lambda v: v * 3, data),
    "filter": filter(lambda v: v % 3 == 0, data),
    "reversed": reversed(data),
    "callable": iter(list(range(11)).pop, 0),
}
firsts = {k: next(it) for k, it in iters.items()}
data = None
d2 = d
d = None
gc.collect()
for k, it in iters.items():
    rest = list(it)
    print(k, firsts[k], len(rest), rest[-1] if rest else None)

class Seq:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return [i] * 2
it = iter(Seq())
print(next(it))
gc.collect()
print(list(it))

def walk(n):
    for i in range(n):
        yield [i]
total = 0
for v in walk(10000):
    total += v[0]
print(total)

words = "the quick brown fox jumps over the lazy dog".split()
pairs = sorted(enumerate(words), key=lambda p: (p[1], p[0]))
gc.collect()
print(pairs[:4])
