# slicing
s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-2:], s[:-7], s[::3], s[::-3], s[5:1:-1])
print(s[100:], s[-100:2], s[3:3], s[5:2])
sl = slice(1, 8, 2)
print(s[sl], sl.start, sl.stop, sl.step, sl.indices(5))
print(slice(None, None, -1).indices(4), slice(-3, None).indices(10))
t = "abcdefgh"
print(t[1::2], t[::-2], t[-3:-1], t[:0] == '')
class Seq:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ('slice', key.start, key.stop, key.step)
        return ('index', key)
q = Seq()
print(q[1], q[1:2], q[::3], q[:, 1] if False else q[-1], q[1:2:3])
class Grid:
    def __getitem__(self, key):
        return key
g = Grid()
print(g[1, 2], g[1:2, ::3], g[...])
a = list(range(8))
a[2:6] = []
print(a)
a[1:1] = [10, 11]
print(a)
a[:] = 'xyz'
print(a)
b = bytearray(b'0123456789')
b[::3] = b'abcd'
print(b)
del b[1:3]
print(b)
print((1, 2, 3, 4)[::-1], range(10)[2:8:2], range(10)[::-1][:3])
import array
arr = array.array('i', range(6))
print(arr[1:4], arr[::-2].tolist())
