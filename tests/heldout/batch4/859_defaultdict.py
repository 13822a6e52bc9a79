# collections.defaultdict
from collections import defaultdict
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(dict(by_letter))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()))
print(counts['z'], 'z' in counts, len(counts))
sets = defaultdict(set)
edges = [(1, 2), (1, 3), (2, 3), (1, 2)]
for a, b in edges:
    sets[a].add(b)
    sets[b].add(a)
print({k: sorted(v) for k, v in sorted(sets.items())})
tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
t['a']['x'] = 2
def to_dict(d):
    return {k: to_dict(v) if isinstance(v, defaultdict) else v for k, v in d.items()}
print(to_dict(t))
dd = defaultdict(lambda: 'N/A', {'known': 'yes'})
print(dd['known'], dd['unknown'], sorted(dd))
nf = defaultdict(None)
try:
    nf['x']
except KeyError as e:
    print(type(e).__name__, e)
print(repr(defaultdict(int, {'a': 1})), defaultdict(list).default_factory is list)
print(dd.get('never'), 'never' in dd)
d2 = defaultdict(int, a=1) | {'b': 2}
print(type(d2).__name__, d2['zz'], sorted(d2.items()))
import copy
cp = copy.deepcopy(by_letter)
cp['z'].append('zebra')
print('z' in by_letter, cp['z'])
