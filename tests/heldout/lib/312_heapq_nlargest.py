import heapq
nums = [5, 1, 8, 3, 2, 9, 7]
print(heapq.nlargest(3, nums))
print(heapq.nsmallest(2, nums))
words = ["kiwi", "fig", "banana", "apple"]
print(heapq.nlargest(2, words, key=len))
print(heapq.nsmallest(1, words, key=len))
print(heapq.nlargest(0, nums), heapq.nlargest(10, [2, 1]))
