# bisect
import bisect
a = [1, 3, 3, 3, 7, 9]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 3), bisect.bisect_left(a, 0), bisect.bisect(a, 10))
print(bisect.bisect_left(a, 3, lo=2), bisect.bisect_right(a, 3, hi=2))
b = []
for x in [5, 1, 4, 1, 9, 2]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4)
bisect.insort_right(b, 4)
print(b)
def grade(score, breakpoints=(60, 70, 80, 90), grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60]])
def index(a, x):
    i = bisect.bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError(f'{x} not found')
print(index(a, 7))
try:
    index(a, 4)
except ValueError as e:
    print(type(e).__name__, e)
recs = [('apple', 1), ('fig', 3), ('kiwi', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('date', 4), key=lambda r: r[1])
print(recs)
desc = [9, 7, 5, 3]
neg = [-x for x in desc]
print(bisect.bisect_left(neg, -6))
floats = [0.5, 1.5, 2.5]
print(bisect.bisect(floats, 1.5), bisect.bisect_left(floats, 1.5), bisect.bisect(floats, 2.0))
words = sorted(['pear', 'apple', 'fig', 'banana'])
print(words, bisect.bisect(words, 'cherry'))
def count_in_range(a, lo, hi):
    return bisect.bisect_right(a, hi) - bisect.bisect_left(a, lo)
print(count_in_range([1, 2, 2, 3, 5, 8, 8, 9], 2, 8))
