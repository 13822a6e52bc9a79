# bisect basics
import bisect
a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, lo=4), bisect.bisect_right(a, 4, hi=3))
b = []
for v in [5, 1, 4, 1, 9, 2]:
    bisect.insort(b, v)
print(b)
bisect.insort_left(b, 4)
bisect.insort_right(b, 4)
print(b)
def index_of(seq, x):
    i = bisect.bisect_left(seq, x)
    if i != len(seq) and seq[i] == x:
        return i
    raise ValueError(f"{x} not found")
print(index_of(a, 7))
try:
    index_of(a, 3)
except ValueError as e:
    print(type(e).__name__, e)
def count_range(seq, lo, hi):
    return bisect.bisect_right(seq, hi) - bisect.bisect_left(seq, lo)
print(count_range(a, 2, 7), count_range(a, 5, 6))
words = sorted(["pear", "apple", "fig", "kiwi"])
print(words, bisect.bisect(words, "grape"), bisect.bisect_left(words, "fig"))
try:
    bisect.bisect([1, 2], 1, lo=-1)
except ValueError as e:
    print(type(e).__name__, e)
floats = [0.5, 1.5, 2.5]
print(bisect.bisect(floats, 1.5), bisect.bisect_left(floats, 1.5), bisect.bisect(floats, -1e9))
