# bisect: bisect_left/right, insort, key=, lo/hi bounds, grade lookup
import bisect

a = [1, 2, 4, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect(a, 0))
print(bisect.bisect_left(a, 4, 0, 3), bisect.bisect_right(a, 100), bisect.bisect_left(a, 4, lo=4))
b = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4)
bisect.insort_right(b, 4)
print(b)


def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [("ann", 20), ("bob", 25), ("cy", 30)]
print(bisect.bisect_left(recs, 25, key=lambda r: r[1]))
bisect.insort(recs, ("dee", 27), key=lambda r: r[1])
print(recs)
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print("ValueError:", e)
