from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([-1, -2])
print(list(d))
d.rotate(2)
print(list(d))
d.rotate(-3)
print(list(d))
last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
print(last3, last3.maxlen)
print(d[0], d[-1], len(d), 7 in d, d.count(7), d.index(8))
d.remove(7)
print(d)
try:
    deque().pop()
except IndexError as e:
    print(type(e).__name__, e)
print(deque("abc", maxlen=2))
