# Instances keep two attributes inline and the rest in a side table: every
# path that adds, reads, overwrites, deletes or rebuilds attributes, across
# the boundary, with collections freeing and reusing the side entries.
import gc


class P:
    pass


def fill(o, n, base):
    for i in range(n):
        setattr(o, "a%d" % i, base + i)


def dump(o):
    return sorted(vars(o).items())


# Grow one attribute at a time through the inline/spill boundary.
for n in range(6):
    o = P()
    fill(o, n, 100)
    print(n, dump(o))

# Overwrite inline and spilled slots, then delete from each region.
o = P()
fill(o, 5, 0)
o.a0 = "zero"
o.a4 = "four"
del o.a1
print(dump(o))
del o.a0
print(dump(o))
o.a9 = 9
print(dump(o), o.a2, o.a9)


# Attributes set in __init__ (the attribute cache's add path).
class Point:
    def __init__(self, x, y, z, w):
        self.x = x
        self.y = y
        self.z = z
        self.w = w

    def total(self):
        return self.x + self.y + self.z + self.w


pts = [Point(i, i + 1, i + 2, i + 3) for i in range(50)]
print(sum(p.total() for p in pts))
for p in pts:
    p.z = -p.z
print(sum(p.total() for p in pts))

# Churn: instances with spilled slots die; new ones reuse the entries.
for round_ in range(3):
    junk = [Point(round_, 0, 0, k) for k in range(2000)]
    del junk
    gc.collect()
    fresh = [Point(k, k, k, round_) for k in range(20)]
    print(round_, sum(p.total() for p in fresh), pts[7].total())


# Exceptions keep their state in the rare-parts table, beside attributes.
class MyError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
        self.extra1 = 1
        self.extra2 = 2


errs = []
for i in range(5):
    try:
        raise MyError("bad %d" % i, i)
    except MyError as e:
        errs.append(e)
gc.collect()
print([(str(e), e.args, e.code, e.extra2) for e in errs])
e = errs[3]
e.code = "changed"
del e.extra1
print(repr(e), e.code, hasattr(e, "extra1"), sorted(vars(e)))


# A subclass of a builtin type wraps a value and has its own attributes.
class Tagged(list):
    pass


t = Tagged([3, 1, 2])
t.a = "a"
t.b = "b"
t.c = "c"
t.sort()
print(t, len(t), t.a, t.c, sorted(vars(t)))


# __dict__ and __class__ changes.
class Q:
    pass


q = P()
fill(q, 4, 10)
q.__dict__["a1"] = "via dict"
q.__dict__["new"] = "added"
print(dump(q))
q.__class__ = Q
print(type(q).__name__, q.a3, q.new)
q.__dict__.clear()
print(vars(q))
q.again = 1
print(vars(q))
