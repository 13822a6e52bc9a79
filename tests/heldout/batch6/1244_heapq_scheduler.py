import heapq
from collections import defaultdict, deque
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)
    duration: int = field(compare=False, default=1)


class Scheduler:
    def __init__(self):
        self.heap = []
        self.seq = 0
        self.clock = 0
        self.history = defaultdict(list)

    def submit(self, name, priority, duration=1):
        heapq.heappush(self.heap, Job(priority, self.seq, name, duration))
        self.seq += 1

    def run(self):
        order = []
        while self.heap:
            job = heapq.heappop(self.heap)
            start = self.clock
            self.clock += job.duration
            self.history[job.priority].append(job.name)
            order.append(f"{job.name}@{start}-{self.clock}")
        return order


s = Scheduler()
for name, prio, dur in [("backup", 5, 3), ("alert", 1, 1), ("email", 3, 2), ("page", 1, 1), ("report", 3, 4)]:
    s.submit(name, prio, dur)
print(s.run())
print(dict(s.history), s.clock)
rr = deque([("a", 3), ("b", 1), ("c", 2)])
timeline = []
while rr:
    name, left = rr.popleft()
    timeline.append(name)
    if left > 1:
        rr.append((name, left - 1))
print("".join(timeline))
events = [(3, "c"), (1, "a"), (2, "b")]
heapq.heapify(events)
print([heapq.heappop(events)[1] for _ in range(len(events))])
print(Job(1, 0, "x") < Job(1, 1, "y"), Job(2, 0, "z") > Job(1, 9, "w"))
