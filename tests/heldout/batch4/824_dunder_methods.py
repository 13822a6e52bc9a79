# dunder methods on a container class
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
    def __setitem__(self, i, v): self.items[i] = v
    def __delitem__(self, i): del self.items[i]
    def __contains__(self, x):
        print('contains called')
        return x in self.items
    def __iter__(self): return iter(self.items)
    def __reversed__(self): return iter(self.items[::-1])
    def __bool__(self): return bool(self.items)
    def __repr__(self): return f'Bag({", ".join(map(repr, self.items))})'
    def __str__(self): return 'bag of ' + str(len(self))
    def __format__(self, spec): return f'<{spec}:{len(self)}>'
    def __call__(self, x): return x * len(self)
b = Bag(1, 2, 3)
print(len(b), b[0], b[-1], 2 in b, list(reversed(b)))
b[0] = 10
del b[1]
print(repr(b), str(b), f'{b:hello}', b(4), bool(b), bool(Bag()))
print([x for x in b], sum(b), max(b))
class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(OnlyGetitem()), 20 in OnlyGetitem(), list(iter(OnlyGetitem())))
class Ctx:
    def __getattr__(self, name):
        return f'dynamic:{name}'
c = Ctx()
c.real = 1
print(c.real, c.missing)
class Strict:
    def __setattr__(self, k, v):
        if k.startswith('_'):
            raise AttributeError(f'private {k}')
        super().__setattr__(k, v)
    def __delattr__(self, k):
        print('deleting', k)
        super().__delattr__(k)
s = Strict()
s.ok = 1
try:
    s._no = 2
except AttributeError as e:
    print(type(e).__name__, e)
del s.ok
print(hasattr(s, 'ok'))
class Indexer:
    def __index__(self):
        return 2
print([10, 20, 30][Indexer()], bin(Indexer()), 'abc'[Indexer():])
class Lenny:
    def __len__(self):
        return 0
print(bool(Lenny()), 'empty' if not Lenny() else 'full')
