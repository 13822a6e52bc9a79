import heapq
h = []
for x in [5, 1, 8, 3, 2, 9]:
    heapq.heappush(h, x)
print(h[0], [heapq.heappop(h) for _ in range(3)], len(h))
data = [7, 2, 9, 4, 1]
heapq.heapify(data)
print(data[0], sorted(data))
print(heapq.nlargest(3, [10, 4, 7, 1, 9]), heapq.nsmallest(2, [10, 4, 7, 1, 9]))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (3, "test"))
heapq.heappush(tasks, (1, "coffee"))
while tasks:
    print(heapq.heappop(tasks))
print(heapq.heappushpop([1, 5], 3), heapq.heapreplace([1, 5], 3))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
words = ["pear", "fig", "banana", "kiwi"]
print(heapq.nsmallest(2, words, key=len), heapq.nlargest(1, words, key=len))
