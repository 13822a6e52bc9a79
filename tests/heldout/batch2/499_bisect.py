import bisect
a = [1, 3, 3, 3, 7, 9]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 4), bisect.bisect_left(a, 100))
bisect.insort(a, 5)
bisect.insort_left(a, 3)
print(a)
def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 60, 77, 89, 90, 100]])
def contains(xs, x):
    i = bisect.bisect_left(xs, x)
    return i < len(xs) and xs[i] == x
print(contains(a, 7), contains(a, 8))
recs = [("a", 1), ("b", 5), ("c", 9)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]))
print(bisect.bisect_left(a, 3, lo=5), bisect.bisect_right(a, 3, hi=2))
