people = [("alice", 30), ("bob", 25), ("carol", 35), ("dave", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: len(p[0])))
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(max([], default="empty"), max(3, 7, 5), min("hello"))
nums = [3, -1, 4, -1, 5, -9]
print(sorted(nums, key=abs), list(map(lambda x: x * x, nums)))
print(list(filter(lambda x: x > 0, nums)), list(filter(None, [0, 1, "", "a", None])))
sq = lambda x: x ** 2
print(sq(7), (lambda *a: sum(a))(1, 2, 3), sq.__name__)
