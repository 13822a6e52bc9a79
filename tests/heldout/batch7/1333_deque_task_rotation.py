from collections import deque

tasks = deque([("A", 5), ("B", 2), ("C", 7)])
quantum = 3
time = 0
timeline = []
while tasks:
    name, remaining = tasks.popleft()
    run = min(quantum, remaining)
    time += run
    timeline.append(f"{name}:{run}")
    if remaining > run:
        tasks.append((name, remaining - run))
    else:
        timeline.append(f"{name} done@{time}")
print(timeline)

d = deque(range(6))
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d[0], d[-1], len(d))
d.appendleft(-1)
d.extendleft([-2, -3])
print(d, d.popleft(), d.pop(), d)
print(d.count(2), d.index(3), 4 in d)
d.remove(3)
d.insert(1, 99)
print(d)
d.reverse()
print(list(d), d.maxlen)
last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
print(last3, last3.maxlen)
last3.appendleft(100)
print(last3)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    deque([1]).remove(5)
except ValueError as e:
    print("ValueError:", e)
palins = ["racecar", "level", "python", "a", ""]
for w in palins:
    dq = deque(w)
    ok = True
    while len(dq) > 1:
        if dq.popleft() != dq.pop():
            ok = False
            break
    print(repr(w), ok)
print(deque("abc") == deque("abc"), deque([1, 2]) + deque([3]), deque([1]) * 3)
d2 = deque([1, 2, 3])
d2.clear()
print(d2, bool(d2), deque(maxlen=2))
