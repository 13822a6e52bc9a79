# heapq basics
import heapq
h = []
for v in [5, 1, 8, 3, 2, 9]:
    heapq.heappush(h, v)
print(h[0], len(h))
print([heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data[0], sorted(data) == [1, 2, 4, 7, 8, 9])
print(heapq.heappushpop(data, 0), heapq.heappushpop(data, 5), data[0])
print(heapq.heapreplace(data, 10), data[0])
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(2, [5, 1, 8, 3, 9, 2]))
words = ["banana", "fig", "apple", "kiwi", "cherry"]
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(2, words, key=lambda w: w[-1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])))
print(list(heapq.merge(["a", "c"], ["b"], key=str)), list(heapq.merge([3, 1], [2, 0], reverse=True)))
try:
    heapq.heappop([])
except IndexError as e:
    print(type(e).__name__, e)
tasks = []
heapq.heappush(tasks, (2, "write report"))
heapq.heappush(tasks, (1, "fix bug"))
heapq.heappush(tasks, (3, "lunch"))
heapq.heappush(tasks, (1, "answer email"))
while tasks:
    pri, name = heapq.heappop(tasks)
    print(pri, name)
maxheap = []
for v in [3, 10, 6]:
    heapq.heappush(maxheap, -v)
print([-heapq.heappop(maxheap) for _ in range(3)])
def heapsort(it):
    h = list(it)
    heapq.heapify(h)
    return [heapq.heappop(h) for _ in range(len(h))]
print(heapsort([3, -1, 4, 1, 5, 9, 2, 6]))
