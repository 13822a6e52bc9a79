from collections import deque
d = deque(range(1, 8))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.extendleft([10, 20])
print(d)
print(d.popleft(), d.pop())
print(d.count(3), d.index(4))
d.remove(3)
print(d)
d.reverse()
print(list(d))
print(d[0], d[-1])
try:
    deque().pop()
except IndexError as e:
    print(type(e).__name__, e)
