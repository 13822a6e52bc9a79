import sys
a = "".join(["hel", "lo", "_world_", str(42)])
b = "".join(["hello", "_wor", "ld_4", "2"])
print(a == b)
ia = sys.intern(a)
ib = sys.intern(b)
print(ia is ib)
print(ia == a)
print(type(ia).__name__)
try:
    sys.intern(123)
except TypeError as e:
    print(type(e).__name__)
