import bisect

breakpoints = [60, 70, 80, 90]
grades = "FDCBA"


def grade(score):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 59, 60, 69, 70, 85, 90, 100]])
data = [1, 3, 3, 3, 5, 8]
print(bisect.bisect_left(data, 3), bisect.bisect_right(data, 3), bisect.bisect(data, 4), bisect.bisect_left(data, 0), bisect.bisect(data, 99))
print(bisect.bisect_right(data, 3) - bisect.bisect_left(data, 3))
sorted_list = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(sorted_list, v)
print(sorted_list)
bisect.insort_left(sorted_list, 5)
bisect.insort_right(sorted_list, 0)
print(sorted_list)


def index_of(a, x):
    i = bisect.bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError(f"{x} not found")


print(index_of(data, 5))
try:
    index_of(data, 4)
except ValueError as e:
    print("ValueError:", e)
print(bisect.bisect_left(data, 3, lo=2), bisect.bisect_right(data, 3, 0, 2))
people = [("ann", 31), ("bob", 25), ("cy", 40), ("dee", 25)]
people.sort(key=lambda p: p[1])
ages = [p[1] for p in people]
print(people[bisect.bisect_left(ages, 30):])
print(bisect.bisect_left(people, 30, key=lambda p: p[1]), bisect.bisect_right(people, 25, key=lambda p: p[1]))
events = []
for t, name in [(5, "e"), (1, "a"), (3, "c"), (3, "c2")]:
    bisect.insort(events, (t, name))
print(events)
tax_brackets = [(10000, 0.0), (40000, 0.2), (100000, 0.4), (float("inf"), 0.45)]
limits = [b[0] for b in tax_brackets]
print([tax_brackets[bisect.bisect_left(limits, inc)][1] for inc in (5000, 10000, 10001, 50000, 250000)])
words = sorted(["apple", "banana", "cherry", "date"])
prefix = "b"
lo = bisect.bisect_left(words, prefix)
hi = bisect.bisect_left(words, prefix + "\uffff")
print(words[lo:hi])
