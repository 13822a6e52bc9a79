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
print(d.count(7), d.index(7), 8 in d)
d.remove(7)
d.insert(1, 99)
print(d, list(reversed(d)))
b = deque(maxlen=3)
for i in range(6):
    b.append(i)
    print(list(b), end=' ')
print()
print(b.maxlen, b)
b.appendleft(100)
print(b)
c = deque('abc', maxlen=5)
c.extend('defg')
print(c)
c.clear()
print(c, len(c), bool(c))
try:
    c.pop()
except IndexError as e:
    print(type(e).__name__, e)
q = deque(range(5))
q[2] = 'x'
del q[0]
print(q, q * 2, q + deque([9]))
print(deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]))
def moving_avg(seq, n):
    win = deque(maxlen=n)
    out = []
    for x in seq:
        win.append(x)
        if len(win) == n:
            out.append(sum(win) / n)
    return out
print(moving_avg([1, 2, 3, 4, 5, 6], 3))
