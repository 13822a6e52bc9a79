import bisect
a = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4))
print(bisect.bisect_left(a, 0), bisect.bisect_right(a, 100))
print(bisect.bisect_left(a, 5), bisect.bisect_right(a, 5))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 3))
print(bisect.bisect_left([], 1), bisect.bisect_right([], 1))
print(bisect.bisect(["a", "c", "e"], "d"))
print(bisect.bisect_right([1, 1, 1], 1, lo=1))
