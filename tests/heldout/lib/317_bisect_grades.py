import bisect
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60, 59]])
def index(a, x):
    i = bisect.bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError("not found: " + str(x))
print(index([1, 3, 5, 7], 5))
try:
    index([1, 3, 5, 7], 4)
except ValueError as e:
    print(type(e).__name__, e)
