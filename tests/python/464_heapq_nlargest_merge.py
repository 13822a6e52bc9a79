# heapq.nlargest, nsmallest (with key) and merge (with key and reverse)
import heapq

nums = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums))
print(heapq.nlargest(0, nums), heapq.nsmallest(100, [3, 1, 2]))
portfolio = [{"name": "IBM", "price": 91.1}, {"name": "AAPL", "price": 543.22},
             {"name": "FB", "price": 21.09}, {"name": "HPQ", "price": 31.75}]
print([s["name"] for s in heapq.nsmallest(2, portfolio, key=lambda s: s["price"])])
print([s["name"] for s in heapq.nlargest(2, portfolio, key=lambda s: s["price"])])
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))
print(list(heapq.merge(["apple", "fig"], ["kiwi", "banana"], key=len)))
print(list(heapq.merge()), list(heapq.merge([], [1])))
