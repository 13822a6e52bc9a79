data = list(range(20))
print(data[::3], data[-5:], data[:-15], data[15:3:-2], data[::-1][:4])
print(data[100:], data[-100:2], data[5:5], data[10:2])
s = "abcdefghij"
print(s[2:8:2], s[::-2], s[-3:-1], s[:0], s[1::4])
t = tuple(s)
print(t[7:], t[:2] + t[-2:])
sl = slice(2, 9, 3)
print(data[sl], sl.start, sl.stop, sl.step, sl.indices(5), slice(None, None, -1).indices(4))
window = [data[i:i + 4] for i in range(0, 12, 4)]
print(window)
nums = list(range(10))
nums[2:5] = ["a", "b"]
print(nums)
nums[::2] = [0] * len(nums[::2])
print(nums)
del nums[1::3]
print(nums)
nums[len(nums):] = [99, 100]
nums[:0] = ["head"]
print(nums)
try:
    nums[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[1] for row in m], [row[::-1] for row in m[::-1]], m[1][1:])
copy = m[:]
copy[0] = "replaced"
copy[1][0] = "shared"
print(m[0], m[1])
b = b"0123456789"
print(b[3:6], b[-1], b[::5], bytearray(b)[2:4])
r = range(0, 100, 7)
print(r[3], r[2:6], list(r[2:6]), r[-1], r[::-1][:3], len(r[::2]))
print("palindrome" if "racecar" == "racecar"[::-1] else "no")


def chunks(seq, n):
    return [seq[i:i + n] for i in range(0, len(seq), n)]


print(chunks("abcdefghijk", 3), chunks(list(range(7)), 2))
