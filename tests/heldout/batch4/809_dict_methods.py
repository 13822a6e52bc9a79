# dict methods
d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, len(d), 'a' in d, 2 in d)
print(d.get('z'), d.get('z', 0), d.setdefault('d', 4), d.setdefault('a', 100))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop('b'), d.pop('zz', 'none'), d)
print(d.popitem(), d)
d.update({'x': 9}, y=10)
d.update([('z', 11)])
print(d)
print(dict.fromkeys('abc', 0), dict(zip('xy', [1, 2])), dict(a=1, b=2))
m = {'a': 1, 'b': 2} | {'b': 3, 'c': 4}
print(m)
m |= {'d': 5}
print(m)
del m['a']
print(m, list(reversed(m)))
sq = {k: k * k for k in range(5) if k % 2 == 0}
print(sq)
inv = {v: k for k, v in sq.items()}
print(inv)
try:
    d['missing']
except KeyError as e:
    print(type(e).__name__, e)
try:
    for k in d:
        d['new'] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
keys = {'a': 1, 'b': 2}.keys()
print(keys & {'b', 'c'}, sorted(keys | {'z'}), keys - {'a'})
print({1: 'int', 1.0: 'float', True: 'bool'})
print({(1, 2): 'tuple'}[(1, 2)], {'a': 1} == {'a': 1}, dict(sorted({'b': 1, 'a': 2}.items())))
c = d.copy()
c.clear()
print(c, d)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
