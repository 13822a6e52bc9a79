import heapq
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3])))
print(list(heapq.merge(["a", "c"], ["b"])))
print(list(heapq.merge([7, 4, 1], [8, 2], reverse=True)))
print(list(heapq.merge(["aa", "bbb"], ["c", "dddd"], key=len)))
print(list(heapq.merge()))
merged = heapq.merge(iter(range(0, 10, 3)), iter(range(1, 10, 3)))
print(next(merged), next(merged), list(merged))
print(list(heapq.merge([(1, "b")], [(1, "a")])))
