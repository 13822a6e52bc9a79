# A small graph workload: BFS with deque, Dijkstra with heapq, Counter of degrees
from collections import deque, Counter, defaultdict
import heapq

N = 300
edges = defaultdict(list)
for i in range(N):
    for step, w in ((1, 3), (7, 11), (31, 2)):
        j = (i * step + 17) % N
        if j != i:
            edges[i].append((j, (i * w) % 13 + 1))
            edges[j].append((i, (j * w) % 13 + 1))


def bfs(src):
    dist = {src: 0}
    q = deque([src])
    while q:
        u = q.popleft()
        for v, _ in edges[u]:
            if v not in dist:
                dist[v] = dist[u] + 1
                q.append(v)
    return dist


def dijkstra(src):
    best = {src: 0}
    heap = [(0, src)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > best[u]:
            continue
        for v, w in edges[u]:
            nd = d + w
            if nd < best.get(v, 1 << 60):
                best[v] = nd
                heapq.heappush(heap, (nd, v))
    return best


hops = bfs(0)
cost = dijkstra(0)
print(len(hops), max(hops.values()), sum(hops.values()))
print(len(cost), max(cost.values()), sum(cost.values()))
deg = Counter(len(v) for v in edges.values())
print(sorted(deg.items()))
window = deque(maxlen=5)
sums = []
for x in range(20):
    window.append(x * x)
    sums.append(sum(window))
print(sums[-3:], list(window))
