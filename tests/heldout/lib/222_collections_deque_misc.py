from collections import deque
d = deque("abcde")
print("".join(d))
print("c" in d)
d[2] = "X"
print(list(d))
d.insert(1, "Z")
print(list(d))
print(d.copy() == d)
d.clear()
print(len(d), bool(d))
print(deque([1, 2]) + deque([3]))
print(deque([1, 2]) * 2)
print(deque(range(10), maxlen=4))
