# heapq-based event simulation and k-way processing
import heapq
import itertools
class EventQueue:
    def __init__(self):
        self.heap = []
        self.counter = itertools.count()
    def schedule(self, time, name):
        heapq.heappush(self.heap, (time, next(self.counter), name))
    def run(self, until):
        log = []
        while self.heap and self.heap[0][0] <= until:
            t, _, name = heapq.heappop(self.heap)
            log.append(f"t={t:>2} {name}")
            if name.startswith("tick") and t + 5 <= until:
                self.schedule(t + 5, name)
        return log
q = EventQueue()
q.schedule(0, "tick-A")
q.schedule(3, "alarm")
q.schedule(3, "backup")
q.schedule(2, "tick-B")
q.schedule(30, "late")
print("\n".join(q.run(until=14)))
print("remaining:", [e[2] for e in sorted(q.heap)])
def dijkstra(graph, src):
    dist = {src: 0}
    pq = [(0, src)]
    done = set()
    while pq:
        d, u = heapq.heappop(pq)
        if u in done:
            continue
        done.add(u)
        for v, w in graph.get(u, []):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dict(sorted(dist.items()))
g = {"s": [("a", 7), ("b", 2)], "b": [("a", 3), ("c", 8)], "a": [("c", 1)], "c": []}
print(dijkstra(g, "s"))
def top_k_frequent(words, k):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return heapq.nsmallest(k, counts, key=lambda w: (-counts[w], w))
print(top_k_frequent("a b c a b a d e e e e".split(), 3))
streams = [[1, 5, 9], [2, 3, 10], [4, 6, 7, 8]]
print(heapq.nsmallest(5, itertools.chain(*streams)), list(heapq.merge(*streams))[-3:])
