# functools: total_ordering, singledispatch, cmp_to_key, cached_property
import functools
@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))
vs = [Version('1.10'), Version('1.2'), Version('1.2.1'), Version('0.9')]
print(sorted(vs), max(vs), Version('1.0') >= Version('1.0'), Version('2.0') > Version('1.9'), Version('1.0') <= Version('0.1'))
@functools.singledispatch
def describe(x):
    return f'object {x!r}'
@describe.register
def _(x: int):
    return f'int {x}'
@describe.register(list)
def _(x):
    return f'list of {len(x)}'
@describe.register(str)
@describe.register(bytes)
def _(x):
    return f'text-ish {x!r}'
print(describe(5), describe(True), describe([1, 2]), describe('s'), describe(b'b'), describe(2.5))
print(describe.dispatch(bool).__name__ == describe.dispatch(int).__name__, sorted(t.__name__ for t in describe.registry))
def cmp_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
words = ['pear', 'fig', 'apple', 'kiwi', 'date']
print(sorted(words, key=functools.cmp_to_key(cmp_len_then_alpha)))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
class Thing:
    def __init__(self):
        self.count = 0
    @functools.cached_property
    def expensive(self):
        self.count += 1
        return 'computed'
t = Thing()
print(t.expensive, t.expensive, t.count)
del t.expensive
print(t.expensive, t.count)
class Disp:
    @functools.singledispatchmethod
    def handle(self, arg):
        return 'default'
    @handle.register
    def _(self, arg: int):
        return 'int handler'
print(Disp().handle(1), Disp().handle('x'))
print(functools.reduce(lambda acc, f: f(acc), [str.strip, str.upper, lambda s: s + '!'], '  hi '))
