s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7])
print(s[::2], s[1::2], s[::-1], s[::-3])
print(s[8:2:-2], s[2:8:-1], s[100:], s[-100:2])
t = "abcdefghij"
print(t[::-1], t[1:9:3], t[-1:-5:-1])
print((1, 2, 3, 4)[1:3])
sl = slice(1, 8, 2)
print(s[sl], sl.start, sl.stop, sl.step)
print(slice(None, None, -1).indices(5))
print(slice(2, 100).indices(10))
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
