# sorted() and list.sort() with keys over tuples, reverse stability, and
# sorting by several fields.
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 20)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
nums = [3, -1, 2, -5, 4]
nums.sort(key=abs)
print(nums, sorted(nums, key=lambda n: n % 3), sorted("hello", reverse=True))
print(sorted({3: "c", 1: "a"}.items()), sorted([[2, 1], [1, 2], [1]]), sorted([0.5, -1, 2]))
print(sorted([], key=len), sorted((1,)), sorted({"b", "a"}))
