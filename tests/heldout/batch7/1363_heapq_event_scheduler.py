import heapq

events = []
counter = 0


def schedule(time, name, priority=0):
    global counter
    heapq.heappush(events, (time, priority, counter, name))
    counter += 1


schedule(5, "backup")
schedule(1, "boot", priority=-1)
schedule(3, "email")
schedule(3, "alert", priority=-5)
schedule(1, "log rotate")
schedule(10, "shutdown")
while events:
    t, p, _, name = heapq.heappop(events)
    print(f"t={t:2} p={p:2} {name}")
nums = [9, 4, 7, 1, 8, 2, 6]
h = nums[:]
heapq.heapify(h)
print(h[0], [heapq.heappop(h) for _ in range(3)], len(h))
print(heapq.nlargest(3, nums), heapq.nsmallest(2, nums), heapq.nsmallest(2, ["pear", "fig", "banana"], key=len))
print(heapq.heappushpop([1, 5, 9], 3), heapq.heapreplace([1, 5, 9], 3))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])), list(heapq.merge(["b", "d"], ["a", "c"], key=str)))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)


def dijkstra(graph, start):
    dist = {start: 0}
    pq = [(0, start)]
    while pq:
        d, node = heapq.heappop(pq)
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph.get(node, []):
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                heapq.heappush(pq, (nd, nxt))
    return dict(sorted(dist.items()))


g = {"A": [("B", 4), ("C", 1)], "C": [("B", 2), ("D", 7)], "B": [("D", 1)], "D": [("E", 3)]}
print(dijkstra(g, "A"))
top = []
for score, name in [(50, "a"), (80, "b"), (65, "c"), (90, "d"), (70, "e")]:
    if len(top) < 3:
        heapq.heappush(top, (score, name))
    else:
        heapq.heappushpop(top, (score, name))
print(sorted(top, reverse=True))
maxheap = []
for v in [3, 1, 4, 1, 5]:
    heapq.heappush(maxheap, -v)
print([-heapq.heappop(maxheap) for _ in range(len(maxheap))])
