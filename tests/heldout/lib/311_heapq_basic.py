import heapq
h = []
for x in [5, 1, 8, 3, 2, 9]:
    heapq.heappush(h, x)
print(h[0])
print([heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 3]
heapq.heapify(data)
print(data[0], sorted(data))
print(heapq.heappushpop(data, 0))
print(heapq.heapreplace(data, 10))
print(sorted(data))
try:
    heapq.heappop([])
except IndexError as e:
    print(type(e).__name__, e)
