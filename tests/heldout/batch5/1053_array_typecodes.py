# array typecodes and item sizes
import array
print(sorted(array.typecodes) == sorted("bBuhHiIlLqQfd") or array.typecodes)
for tc in "bBhHiIqQfd":
    a = array.array(tc, [1, 2, 3])
    print(tc, a.typecode, a.itemsize, len(a), a[0], type(a[0]).__name__)
print(array.array("l").itemsize >= 4, array.array("L").itemsize >= 4)
print(array.array("b", [-128, 127]), array.array("B", [0, 255]))
print(array.array("h", [-32768, 32767]), array.array("H", [65535]))
print(array.array("q", [-(2 ** 63), 2 ** 63 - 1]), array.array("Q", [2 ** 64 - 1]))
f = array.array("f", [0.1, 1.5])
d = array.array("d", [0.1, 1.5])
print(f, d, f[0] == 0.1, d[0] == 0.1)
u = array.array("u", "hello")
print(u, u.tounicode(), u.itemsize in (2, 4))
print(repr(array.array("i")), array.array("d", range(3)))
for tc, bad in [("b", 128), ("B", -1), ("H", 70000), ("I", -5)]:
    try:
        array.array(tc, [bad])
    except OverflowError as e:
        print(tc, type(e).__name__, e)
try:
    array.array("z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    array.array("i", [1.5])
except TypeError as e:
    print(type(e).__name__, e)
try:
    array.array("d", ["x"])
except TypeError as e:
    print(type(e).__name__, e)
