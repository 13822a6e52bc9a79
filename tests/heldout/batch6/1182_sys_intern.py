import sys

a = "".join(["status", "_", "active"])
b = "status_" + "active".lower()
print(a == b)
ia = sys.intern(a)
ib = sys.intern(b)
print(ia == a, ia is ib, sys.intern(ia) is ia)
keys = [sys.intern(k) for k in "alpha beta alpha gamma beta".split()]
unique = {}
for k in keys:
    unique.setdefault(k, k)
print(all(unique[k] is k for k in keys), sorted(unique))
try:
    sys.intern(b"bytes")
except TypeError as e:
    print("TypeError:", e)
try:
    sys.intern(42)
except TypeError as e:
    print("TypeError:", e)


class MyStr(str):
    pass


print(sys.intern(str(MyStr("x"))) == "x")
pool = {}


def my_intern(s):
    return pool.setdefault(s, s)


x = my_intern("".join("abc"))
y = my_intern("ab" + "c")
print(x is y, len(pool))
words = ("log-" + str(i % 3) for i in range(9))
interned = [sys.intern(w) for w in words]
print(interned[0] is interned[3] is interned[6], interned[1] is interned[4], sorted(set(interned)))
