# array: tobytes/frombytes/fromlist/byteswap for every typecode.
from array import array

for tc in 'bBhHiIlLqQfd':
    vals = [0, 1, 2, 100] if tc in 'BHILQ' else [0, -1, 2, 100]
    if tc in 'fd':
        vals = [0.5, -1.25, 3.0, 1e10]
    a = array(tc, vals)
    raw = a.tobytes()
    b = array(tc)
    b.frombytes(raw)
    print(tc, a.itemsize, raw, b == a, b)
    a.byteswap()
    print(' swapped', a.tobytes())
print(array('f', [0.1, 1 / 3, 1e38]), array('d', [0.1]).tolist())
a = array('h')
a.fromlist([1, -2, 3])
a.frombytes(b'\x04\x00')
print(a, a.tolist(), array('i').tobytes())
try:
    a.fromlist([1, 'x', 3])
except TypeError as e:
    print('TypeError', e, a)
for f in [
    lambda: a.frombytes(b'\x01'),
    lambda: a.frombytes('ab'),
    lambda: a.fromlist((1,)),
    lambda: array('i', b'\x01'),
]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
