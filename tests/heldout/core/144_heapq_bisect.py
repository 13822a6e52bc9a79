import heapq, bisect
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print([heapq.heappop(h) for _ in range(3)], sorted(h))
data = [7, 2, 9, 4]
heapq.heapify(data)
print(data[0], heapq.nsmallest(2, [5, 1, 4]), heapq.nlargest(2, [5, 1, 4]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8])))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (3, "test"))
print([heapq.heappop(tasks)[1] for _ in range(3)])
s = [1, 3, 3, 5, 7]
print(bisect.bisect_left(s, 3), bisect.bisect_right(s, 3), bisect.bisect(s, 4))
bisect.insort(s, 4); print(s)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], score)] for score in [33, 65, 77, 89, 90, 100]])
