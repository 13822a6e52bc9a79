# collections.deque
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(d.index(7), d.count(2), 3 in d)
d.remove(7)
d.insert(1, "x")
print(d)
d.reverse()
print(d, list(reversed(d)))
d.clear()
print(d, bool(d))
try:
    d.pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    d.popleft()
except IndexError as e:
    print(type(e).__name__, e)
lim = deque(maxlen=3)
for i in range(6):
    lim.append(i)
    print(list(lim), end=" ")
print()
print(lim.maxlen, lim)
lim.appendleft("L")
print(lim)
e = deque("abc") + deque("de")
print(e, e * 2, deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]))
e[0] = "A"
del e[1]
print(e, e.copy() is e)
print(deque(range(10), maxlen=4))
