from collections import deque
d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(list(d))
print(d.maxlen)
d.appendleft(99)
print(d)
d2 = deque([1, 2, 3], maxlen=5)
d2.extend([4, 5, 6, 7])
print(d2)
