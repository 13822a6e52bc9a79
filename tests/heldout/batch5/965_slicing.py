# slicing of sequences
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[-1:-4:-1])
print(s[100:], s[-100:2], s[5:2], s[::-3])
lst = list(range(10))
print(lst[2:8:2], lst[8:2:-2], lst[:])
lst[2:5] = []
print(lst)
lst[:0] = [-2, -1]
print(lst)
lst[::2] = [0] * len(lst[::2])
print(lst)
try:
    lst[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
del lst[1::2]
print(lst)
t = tuple(range(6))
print(t[1:4], t[::-2])
class Seq:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return f"slice({key.start}, {key.stop}, {key.step})"
        return f"index {key}"
    def __len__(self):
        return 3
sq = Seq()
print(sq[1], sq[1:2], sq[::3], sq[:-1], sq["x"])
print(sq[1, 2])
b = bytearray(b"0123456789")
b[::3] = b"XXXX"
print(b)
m = memoryview(b"abcdef")
print(m[1:4].tobytes(), bytes(m[::-1]))
rng = range(100)
print(rng[10:20:3], list(rng[-3:]))
