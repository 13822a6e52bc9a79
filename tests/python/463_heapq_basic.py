# heapq: heappush/heappop, heapify, heapreplace, heappushpop on lists and tuples
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
print(h[0], len(h))
print([heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 0, 3, 3]
heapq.heapify(data)
print(data[0], sorted(data) == [0, 1, 3, 3, 4, 7, 9])
print(heapq.heapreplace(data, 5), heapq.heappushpop(data, -1), heapq.heappushpop(data, 100))
print([heapq.heappop(data) for _ in range(len(data))])
tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]:
    heapq.heappush(tasks, (prio, name))
while tasks:
    print(heapq.heappop(tasks))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    heapq.heappush((), 1)
except TypeError as e:
    print("TypeError:", e)
try:
    heapq.heappush([1], "a")
except TypeError as e:
    print("TypeError:", e)


class Task:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name

    def __lt__(self, other):
        return self.prio < other.prio


tq = []
for t in [Task(5, "e"), Task(1, "a"), Task(3, "c")]:
    heapq.heappush(tq, t)
print([heapq.heappop(tq).name for _ in range(3)], heapq.heappush, heapq.heapify)


class Grows:
    def __init__(self, v, victim):
        self.v, self.victim = v, victim

    def __lt__(self, other):
        self.victim.append(0)
        return self.v < other.v


victim = [Grows(2, None), Grows(1, None)]
victim[0].victim = victim
victim[1].victim = victim
try:
    heapq.heapify(victim)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    heapq.heappush([1, 2], None)
except TypeError as e:
    print("TypeError:", e)
