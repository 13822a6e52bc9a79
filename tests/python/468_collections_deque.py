# collections.deque: both ends, maxlen, rotate, indexing, remove/insert, repr, errors
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft([9, 8])
print(d, list(reversed(d)))
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d.index("a"), d.count(2), 3 in d, "z" in d)
d.remove(9)
d.insert(1, "ins")
d[0] = "first"
del d[2]
print(d, bool(d), bool(deque()))
last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
print(last3, last3.maxlen)
last3.appendleft(-1)
print(last3, deque("abc", maxlen=0))
q = deque()
for i in range(1000):
    q.append(i)
    if i % 3 == 0:
        q.popleft()
print(len(q), q[0], q[-1], sum(q))
print(deque([1, 2]) == deque([1, 2]), deque([1]) != deque([2]), deque([1, 2]) + deque([3]))
c = q.copy()
c.clear()
print(len(c), len(q), deque(reversed(deque([1, 2, 3]))))
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5]]:
    try:
        bad()
    except IndexError as e:
        print("IndexError:", e)
try:
    deque([1]).remove(2)
except ValueError as e:
    print("ValueError:", e)
try:
    deque(maxlen=-1)
except ValueError as e:
    print("ValueError:", e)
