from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.rotate(1)
print(d)
d.rotate(-2)
print(d)
d.extendleft([10, 20])
print(d)
last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
print(last3, list(last3), last3.maxlen)
def window_max(xs, k):
    q, out = deque(), []
    for i, x in enumerate(xs):
        while q and xs[q[-1]] <= x:
            q.pop()
        q.append(i)
        if q[0] <= i - k:
            q.popleft()
        if i >= k - 1:
            out.append(xs[q[0]])
    return out
print(window_max([1, 3, -1, -3, 5, 3, 6, 7], 3))
try:
    deque().pop()
except IndexError as e:
    print(type(e).__name__, e)
print(deque("abc").count("a"), deque([1, 2]) == deque([1, 2]))
