s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[::2], s[1::3], s[::-1], s[8:2:-2])
print("abcdefg"[1:-1], "abcdefg"[::-1], "abcdefg"[10:], "abc"[-10:2])
s2 = s[:]
s2[0:3] = ["a"]
print(s2)
s3 = list(range(10))
s3[::2] = [0] * 5
print(s3)
del s3[::3]
print(s3)
sl = slice(1, 8, 3)
print(s[sl], sl.start, sl.stop, sl.step)
print(sl.indices(5))
print((1, 2, 3, 4)[1:3], b"bytes"[1:3])
try:
    s3[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
