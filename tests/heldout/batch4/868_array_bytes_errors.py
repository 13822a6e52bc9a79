# array tobytes/frombytes/byteswap and error cases
import array, sys
a = array.array('H', [1, 256, 0xABCD])
raw = a.tobytes()
print(len(raw), raw if sys.byteorder == 'little' else bytes(reversed(raw)))
b = array.array('H')
b.frombytes(raw)
print(b, b == a)
c = array.array('H', a)
c.byteswap()
print(c.tolist())
d = array.array('b')
d.fromlist([1, -1, 127])
print(d, d.tolist())
e = array.array('u')
e.fromunicode('xyz')
print(e.tounicode())
f = array.array('i', [1, 2, 3])
print(array.array('i', bytes(f)) == f)
errors = [
    lambda: array.array('b', [200]),
    lambda: array.array('B', [-1]),
    lambda: array.array('i', [1.5]),
    lambda: array.array('z'),
    lambda: array.array('i', 'abc'),
    lambda: array.array('H').frombytes(b'\x00\x01\x02'),
    lambda: array.array('i', [1]).index(5),
    lambda: array.array('i', [1])[5],
    lambda: array.array('i', [1]) + array.array('d', [1.0]),
    lambda: array.array('i').pop(),
]
for fn in errors:
    try:
        fn()
        print('no error')
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)
import struct
g = array.array('d', [0.1, 0.2])
print(struct.unpack('=2d', g.tobytes()))
m = memoryview(array.array('i', [10, 20, 30]))
print(m.format, m.itemsize, m.tolist(), len(m))
