s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[::2], s[::-1], s[1:8:3], s[8:2:-2])
print(s[100:], s[-100:2])
t = "abcdefgh"
print(t[::-1], t[1::2], t[-2], t[:-3])
s[2:4] = ["a", "b", "c"]
print(s)
s[::2] = [0] * len(s[::2])
print(s)
del s[::3]
print(s)
sl = slice(1, 6, 2)
print(sl.start, sl.stop, sl.step, "0123456789"[sl])
print(slice(None, None, -1).indices(5))
try:
    s[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
