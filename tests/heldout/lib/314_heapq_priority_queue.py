import heapq
pq = []
tasks = [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship")]
for i, (prio, name) in enumerate(tasks):
    heapq.heappush(pq, (prio, i, name))
while pq:
    prio, _, name = heapq.heappop(pq)
    print(prio, name)
maxh = []
for x in [3, 10, 6]:
    heapq.heappush(maxh, -x)
print(-heapq.heappop(maxh))
