data = list(range(10))
print(data[2:5], data[:3], data[7:], data[-3:], data[:-7], data[::3], data[1::2], data[::-1])
print(data[8:2:-2], data[-1:-4:-1], data[5:2], data[100:], data[-100:2], data[::-3])
s = "abcdefghij"
print(s[1:4], s[::2], s[::-2], s[-4:-1], s[:0], s[3:3], s[20:30] == "")
t = tuple(data)
print(t[1:3], type(t[1:3]).__name__, t[::-5])
sl = slice(1, 8, 3)
print(data[sl], sl.start, sl.stop, sl.step, sl.indices(5), slice(None).indices(4), slice(-2, None).indices(10))
a = list(range(8))
a[2:4] = ["x", "y", "z"]
print(a)
a[1:6:2] = [100, 200, 300]
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
del a[::3]
print(a)
a[:] = []
print(a)
b = [1, 2, 3]
b[len(b):] = [4, 5]
b[:0] = [0]
print(b)
b[1:1] = "ab"
print(b)
c = b[:]
c.append("copy")
print(len(b), len(c), c is not b)
ba = bytearray(b"hello world")
ba[0:5] = b"HOWDY"
print(ba, ba[6:], bytes(ba[::-1]))
print(range(10)[2:8:2], list(range(10)[::-1][:3]), range(0, 20, 3)[-2], len(range(0, 20, 3)[1:]))


class Recorder:
    def __getitem__(self, key):
        return key


r = Recorder()
print(r[1:2], r[::2], r[1:2, 3], r[...], r[:, 0])
m = memoryview(b"abcdef")
print(bytes(m[1:4]), m[::2].tobytes())
nested = [[1, 2, 3], [4, 5, 6]]
print([row[1:] for row in nested], nested[-1][-1])
print("python"[1:-1], "python"[-100:100], list(reversed("abc"))[1:])
