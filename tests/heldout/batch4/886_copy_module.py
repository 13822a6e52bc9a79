# copy: shallow vs deep copies, custom __copy__/__deepcopy__
import copy
orig = {'nums': [1, 2], 'nested': {'k': [3]}, 'tup': (1, [2])}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig['nums'].append(99)
orig['nested']['k'].append(4)
orig['tup'][1].append(5)
print(shallow)
print(deep)
print(shallow['nums'] is orig['nums'], deep['nums'] is orig['nums'])
a = [1, 2]
shared = [a, a]
dc = copy.deepcopy(shared)
print(dc[0] is dc[1], dc[0] is a)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc)
t = (1, 2, 'x')
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2])) == (1, [2]))
class Config:
    def __init__(self, name, opts):
        self.name = name
        self.opts = opts
    def __repr__(self):
        return f'Config({self.name!r}, {self.opts!r})'
c1 = Config('base', {'x': 1})
c2 = copy.copy(c1)
c3 = copy.deepcopy(c1)
c1.opts['x'] = 100
print(c2, c3)
class Tracked:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('__copy__ called')
        return Tracked(self.v)
    def __deepcopy__(self, memo):
        print('__deepcopy__ called, memo is dict:', isinstance(memo, dict))
        return Tracked(copy.deepcopy(self.v, memo))
tr = Tracked([1])
print(copy.copy(tr).v, copy.deepcopy(tr).v is tr.v)
print(copy.copy([1, 2]) == [1, 2], copy.copy({1, 2}), copy.deepcopy(frozenset({1})))
import collections
dd = collections.defaultdict(list, {'a': [1]})
dd2 = copy.deepcopy(dd)
dd2['a'].append(2)
print(dd, dd2)
print(copy.replace if hasattr(copy, 'replace') else 'no replace in 3.11')
