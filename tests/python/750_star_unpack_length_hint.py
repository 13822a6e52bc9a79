import operator as op
def f(*a): return a
print(f(*b"\x01\x02"), f(*bytearray(b"ab")), [*b"xy"], (*b"z",), {*b"aa"})
a, *b = b"abc"; print(a, b)
x, y = bytearray(b"pq"); print(x, y)
print(f(*iter(int, 1).__class__.__name__))
import io
print(f(*io.StringIO("a\nb\n")))
print(dict.fromkeys(b"ab"), list(zip(b"ab", b"cd")), sorted(b"cab"), max(b"az"))
print(set(b"abc") == {97, 98, 99}, tuple(bytearray(b"q")))
it = iter([1,2,3]); next(it)
print(op.length_hint(it), op.length_hint(iter(range(5))), op.length_hint(iter(range(10, 0, -3))))
d = {1: 2, 3: 4, 5: 6}; di = iter(d); next(di)
print(op.length_hint(di), op.length_hint(iter({1, 2})), op.length_hint(iter("abc")), op.length_hint(iter(b"ab")))
print(op.length_hint(map(str, [1]), 7), op.length_hint(5, 3), iter([1,2]).__length_hint__())
class H:
    def __length_hint__(self): return 4
print(op.length_hint(H()), op.length_hint(iter(d.items())))
print(list(di))
import struct
print(struct.pack(">BBBB", *b"\x01\x02\x03\x04").hex())
def g(a, b, *rest, **kw): return a, b, rest, kw
print(g(*bytearray(b"abc"), *"de", **{"z": 1}))
first, *mid, last = bytearray(b"hello"); print(first, mid, last)
try:
    [*5]
except TypeError as e:
    print(e)
