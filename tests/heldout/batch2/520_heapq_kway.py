import heapq
def kth_smallest(matrix, k):
    h = [(row[0], i, 0) for i, row in enumerate(matrix)]
    heapq.heapify(h)
    for _ in range(k - 1):
        v, i, j = heapq.heappop(h)
        if j + 1 < len(matrix[i]):
            heapq.heappush(h, (matrix[i][j + 1], i, j + 1))
    return h[0][0]
m = [[1, 5, 9], [10, 11, 13], [12, 13, 15]]
print([kth_smallest(m, k) for k in range(1, 10)])
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
g = {"A": [("B", 4), ("C", 1)], "C": [("B", 2), ("D", 7)], "B": [("D", 1)], "D": []}
print(dijkstra(g, "A"))
def running_median(xs):
    lo, hi, out = [], [], []
    for x in xs:
        heapq.heappush(lo, -x)
        heapq.heappush(hi, -heapq.heappop(lo))
        if len(hi) > len(lo):
            heapq.heappush(lo, -heapq.heappop(hi))
        out.append(-lo[0] if len(lo) > len(hi) else (-lo[0] + hi[0]) / 2)
    return out
print(running_median([5, 15, 1, 3, 8, 7]))
