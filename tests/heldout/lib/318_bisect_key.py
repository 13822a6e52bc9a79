import bisect
recs = [("a", 1), ("b", 3), ("c", 5), ("d", 7)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]))
print(bisect.bisect_right(recs, 5, key=lambda r: r[1]))
bisect.insort(recs, ("x", 4), key=lambda r: r[1])
print(recs)
words = ["apple", "banana", "cherry"]
print(bisect.bisect(words, "blueberry"))
print(bisect.bisect_left([1.0, 2.5, 3.5], 2.5))
