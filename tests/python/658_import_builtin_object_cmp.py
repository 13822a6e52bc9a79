# __import__ (top-level package vs fromlist, errors) and object's default
# comparison methods visible as attributes (hasattr, object.__eq__).
m = __import__("math")
print(m.sqrt(4), __import__("os.path").path.basename("/a/b"))
j = __import__("json", globals(), locals(), ["dumps"], 0)
print(j.dumps([1]), __import__("os.path", fromlist=["join"]).join("a", "b"))
try:
    __import__("nonexistent_mod_xyz")
except ImportError as e:
    print(type(e).__name__, e)
for bad in [(1,), ("",)]:
    try:
        __import__(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
import builtins
print(builtins.__import__ is __import__, __import__.__name__)

class C:
    pass
for n in ["__le__", "__eq__", "__ne__", "__lt__", "__gt__", "__ge__", "__hash__", "__repr__", "__str__", "__init__",
          "__new__", "__setattr__", "__getattribute__", "__delattr__", "__class__", "__doc__", "__add__", "__iter__", "__len__"]:
    print(n, hasattr(C, n), hasattr(C(), n), hasattr(object, n))
print(object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(1, 2))
c = C()
print(C.__eq__(c, c), C.__eq__(c, 1), c.__eq__(c), c.__ne__(c), c.__ne__(1), c.__lt__(c))
print(object.__lt__(1, 2), object.__hash__(c) == hash(c), C.__le__ is object.__le__)
print(int.__eq__(1, 1), str.__lt__("a", "b"), c == c, c != C(), sorted([3, 1, 2]))

class D:
    def __eq__(self, other):
        return isinstance(other, D)
d = D()
print(d.__ne__(D()), d.__ne__(1), D.__ne__(d, 5), d != D(), d == D())
try:
    c < c
except TypeError as e:
    print(e)
