import heapq

nums = [5, 1, 8, 3, 9, 2, 7]
h = list(nums)
heapq.heapify(h)
print(h[0], len(h))
heapq.heappush(h, 0)
print([heapq.heappop(h) for _ in range(4)], len(h))
print(heapq.heappushpop(h, 4), heapq.heapreplace(h, 10), sorted(h))
print(heapq.nlargest(3, nums), heapq.nsmallest(2, nums), heapq.nlargest(2, ["bb", "a", "ccc"], key=len))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])), list(heapq.merge(["b", "d"], ["a", "c"])))
print(list(heapq.merge([9, 4, 1], [8, 2], reverse=True)))
tasks = []
for prio, name in [(3, "write"), (1, "urgent"), (2, "review"), (1, "also urgent")]:
    heapq.heappush(tasks, (prio, name))
while tasks:
    print(heapq.heappop(tasks))
counter = 0
pq = []
for prio, task in [(2, {"n": "a"}), (2, {"n": "b"}), (1, {"n": "c"})]:
    heapq.heappush(pq, (prio, counter, task))
    counter += 1
print([heapq.heappop(pq)[2]["n"] for _ in range(3)])
maxh = []
for v in [3, 7, 1]:
    heapq.heappush(maxh, -v)
print(-heapq.heappop(maxh), -maxh[0])


def dijkstra(graph, src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph.get(u, []):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dict(sorted(dist.items()))


g = {"A": [("B", 4), ("C", 1)], "C": [("B", 2), ("D", 7)], "B": [("D", 1)]}
print(dijkstra(g, "A"))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
stream = [5, 3, 9, 1, 7, 6]
top = []
for x in stream:
    if len(top) < 3:
        heapq.heappush(top, x)
    else:
        heapq.heappushpop(top, x)
print(sorted(top, reverse=True))
