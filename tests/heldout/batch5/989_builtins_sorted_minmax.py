# sorted, min, max with key and default
people = [("alice", 31), ("bob", 25), ("carol", 31), ("dave", 19)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
print(max([], default="empty"), min([], key=len, default=None))
print(max(3, 7, 5), min("hello"), max("apple", "fig", key=len), min([[2], [1, 5]]))
print(max([1, 3, 3.0], key=float), max(["b", "B", "a"], key=str.lower))
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    min(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted("Hello World"), sorted({3: "a", 1: "b"}), sorted((3, 1, 2), reverse=True))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=lambda w: (len(w), w)))
stable = sorted([("x", 1), ("y", 0), ("z", 1), ("w", 0)], key=lambda t: t[1])
print(stable)
print(sorted([-3, 2, -1, 0], key=abs), sorted([0.5, -1.5, 1], key=lambda v: v * v))
print(max({"a": 3, "b": 9, "c": 1}.items(), key=lambda kv: kv[1]))
d = {"x": 5, "y": 2}
print(max(d, key=d.get), min(d, key=d.get))
print(sorted([[3, 1], [2, 9], [3, 0]]), max(range(10), key=lambda i: i % 4))
