# Instance __dict__ is live for writes: item assignment, update, del, pop,
# setdefault and clear through obj.__dict__ or vars(obj) change the attributes.
class Record:
    def __init__(self, **fields):
        self.__dict__.update(fields)

    def __repr__(self):
        return 'Record(%s)' % ', '.join('%s=%r' % kv for kv in sorted(vars(self).items()))


r = Record(name='ada', year=1815)
print(r.name, r.year, r)
r.__dict__['lang'] = 'analytical'
print(r.lang, hasattr(r, 'lang'))
vars(r)['year'] = 1843
print(r.year)
del r.__dict__['lang']
print(hasattr(r, 'lang'), sorted(r.__dict__))
print(r.__dict__.pop('year'), hasattr(r, 'year'))
print(r.__dict__.setdefault('tag', 't1'), r.tag, r.__dict__.setdefault('tag', 't2'), r.tag)
r.__dict__.clear()
print(vars(r), hasattr(r, 'name'))


class Lazy:
    def __getattr__(self, name):
        value = name * 2
        self.__dict__[name] = value      # cache: __getattr__ runs once per name
        print('computed', name)
        return value


lz = Lazy()
print(lz.ab, lz.ab, lz.cd, sorted(vars(lz)))


class Slotted:
    __slots__ = ('x',)


try:
    vars(Slotted())
except TypeError as e:
    print('TypeError:', e)


def f():
    pass


g = f.__globals__
print(type(g).__name__, 'Record' in g, g['Record'] is Record)
print(sorted(k for k in vars() if k in ('Record', 'Lazy', 'f')))
import sys
print(vars(sys)['maxsize'] == sys.maxsize)
