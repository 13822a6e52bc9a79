# An instance's class comes from its map; `more` holds either spill slots or
# rare parts with their own spill slots; slices keep their three bounds.


class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"

    def extra(self):
        return self.x + self.y


a = A()
a.x = 1
a.y = 2
a.z = 3
b = B()
b.x = 10
b.y = 20
b.z = 30
print(type(a).__name__, type(b).__name__, a.who(), b.who())
a.__class__ = B
print(type(a).__name__, a.who(), a.extra(), a.x, a.y, a.z, vars(a))
print(isinstance(a, B), isinstance(a, A))
a.w = 4
print(vars(a), sorted(vars(b)))
del a.y
print(vars(a))
a.__class__ = A
print(type(a).__name__, a.who(), vars(a))
fresh = A()
fresh.x = 5
print(type(fresh).__name__, vars(fresh))


class MyErr(Exception):
    def __init__(self, code):
        super().__init__("failed", code)
        self.code = code
        self.a = 1
        self.b = 2
        self.c = 3


try:
    raise MyErr(7)
except MyErr as e:
    e.d = 4
    print(e.args, e.code, e.a, e.b, e.c, e.d, sorted(vars(e)))
    del e.a
    print(sorted(vars(e)), str(e))


class D(dict):
    pass


d = D(k=1)
d.p = 1
d.q = 2
d.r = 3
print(d, d.p, d.q, d.r, sorted(vars(d)), type(d).__name__)

objs = []
for i in range(2000):
    o = A() if i % 2 else B()
    o.v = i
    if i % 3 == 0:
        o.more1 = i
        o.more2 = i
    objs.append(o)
print(sum(o.v for o in objs), sum(1 for o in objs if type(o) is A), sum(getattr(o, "more2", 0) for o in objs))

s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(3), slice(None, 4).indices(10), s.indices(6))
print(list(range(20))[s], "abcdefghij"[slice(2, None, 3)], [0, 1, 2, 3][::-1])


class I:
    def __index__(self):
        return 2


print([5, 6, 7, 8][I():], (1, 2, 3)[: I()], slice(I(), None).stop)
print(s == slice(1, 10, 2), s != slice(1, 10), slice(1, 2) < slice(1, 3), slice(2) >= slice(None, 2), s == (1, 10, 2))
