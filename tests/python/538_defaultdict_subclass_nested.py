# nested defaultdicts, a subclass of defaultdict, dict methods on a defaultdict
from collections import defaultdict


def tree():
    return defaultdict(tree)


t = tree()
t['a']['b']['c'] = 1
print(dict(t['a']['b']), t['a']['b'].default_factory is tree, isinstance(t['a'], dict), len(t))


class Registry(defaultdict):
    def register(self, key, value):
        self[key].append(value)
        return self


r = Registry(list).register('x', 1).register('x', 2).register('y', 3)
print(r, r.copy(), type(r.copy()).__name__)
print(r.pop('y'), r.setdefault('z', [0]), r.popitem(), r, r.keys(), list(r.values()))
r.update({'k': [9]}, w=[8])
print(r, dict.__repr__(r), {**r})
r.clear()
print(r, bool(r))
