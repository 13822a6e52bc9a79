# memoryview
data = bytearray(b'abcdefgh')
mv = memoryview(data)
print(mv[0], mv[-1], bytes(mv[2:5]), mv.nbytes, mv.readonly, mv.format, mv.itemsize, mv.ndim, mv.shape)
mv[0] = ord('A')
mv[1:3] = b'BC'
print(data)
sub = mv[4:]
sub[0] = ord('E')
print(data, sub.tobytes(), sub.tolist())
ro = memoryview(b'readonly')
print(ro.readonly)
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    mv[0:2] = b'xyz'
except ValueError as e:
    print(type(e).__name__, e)
import array
ints = array.array('i', [1, 2, 3, 4, 5, 6])
im = memoryview(ints)
print(im.format, im.itemsize, im.tolist(), im[1], len(im))
c = im.cast('B')
print(c.nbytes, len(c), c.format)
m2 = im.cast('B').cast('i', shape=[2, 3])
print(m2.shape, m2.tolist(), m2.ndim)
print(memoryview(b'abc') == b'abc', memoryview(b'abc') == memoryview(bytearray(b'abc')), mv.hex(), mv[::2].tobytes())
with memoryview(bytearray(4)) as tmp:
    tmp[:] = b'\x01\x02\x03\x04'
    print(tmp.tobytes(), int.from_bytes(tmp, 'little'))
try:
    tmp.tobytes()
except ValueError as e:
    print(type(e).__name__, e)
print(bytes(memoryview(b'xyz')[::-1]), memoryview(b'\x00\x01').cast('H').tolist()[0] in (256, 1))
