# tuple subclasses: __new__ with super() and tuple.__new__, a
# namedtuple-style factory built with type(), properties, unpacking.
class T(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def a(self):
        return self[0]


t = T(1, 2)
print(t, t.a, len(t), t == (1, 2), hash(t) == hash((1, 2)), type(t).__name__, t + (3,), t * 2, t[::-1], t.count(1))
x, y = t
print(x, y, max(t), sorted(T(3, 1)), tuple(t), list(t), {t: "v"}[(1, 2)], (1, 2) in {t}, t < (1, 3))


def namedtuple(name, fields):
    fields = fields.split()

    def __new__(cls, *args):
        if len(args) != len(fields):
            raise TypeError(f"expected {len(fields)} arguments, got {len(args)}")
        return tuple.__new__(cls, args)

    def __repr__(self):
        return name + "(" + ", ".join(f"{f}={v!r}" for f, v in zip(fields, self)) + ")"

    def _asdict(self):
        return dict(zip(fields, self))

    def _replace(self, **kw):
        return type(self)(*[kw.get(f, v) for f, v in zip(fields, self)])

    ns = {"__new__": __new__, "__repr__": __repr__, "__slots__": (), "_fields": tuple(fields),
          "_asdict": _asdict, "_replace": _replace, "__match_args__": tuple(fields)}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i])
    return type(name, (tuple,), ns)


P = namedtuple("P", "x y")
p = P(1, 2)
print(p, p.x, p.y, p[0], p == (1, 2), isinstance(p, tuple), P._fields, len(p), p + (3,), [p], str(p))
print(p._asdict(), p._replace(y=5), P.__bases__, P.__mro__, type(p)._fields, f"{p}")
try:
    P(1)
except TypeError as e:
    print(e)
try:
    p.z = 1
except AttributeError as e:
    print(e)
try:
    tuple.__new__(int)
except TypeError as e:
    print(e)
try:
    tuple.__new__(5)
except TypeError as e:
    print(e)
