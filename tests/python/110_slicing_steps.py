# Slicing with steps, negative indices, out-of-range bounds, and slice
# objects.
s = list(range(10))
print(s[::2], s[1::2], s[::-1], s[::-3], s[8:2:-2], s[2:8:-1], s[-3:], s[:-3])
print(s[100:], s[-100:2], s[5:100:3], s[-1:-11:-4], s[3:3], s[7:3])
t = "abcdefgh"
print(t[::-1], t[1:7:2], t[-2::-2], t[::100], (1, 2, 3, 4)[::-2])
sl = slice(1, 8, 3)
print(s[sl], t[sl], sl, sl.start, sl.stop, sl.step, slice(5), slice(None, None, -1))
print(sl.indices(5), slice(None, None, -1).indices(4), range(10)[2:8:2], range(10)[::-1][:3])
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
