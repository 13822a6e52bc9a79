words = ["banana", "Apple", "cherry", "date", "Fig", "apple"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
recs = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: (-r[1], r[0])))
lst = [3, 1, 2]
print(lst.sort(), lst)
lst.sort(reverse=True); print(lst)
print(sorted("hello"), sorted({3: "a", 1: "b"}), sorted((2, 1)))
from operator import itemgetter, attrgetter
print(sorted(recs, key=itemgetter(1, 0)))
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([2, 1, 3], key=None))
