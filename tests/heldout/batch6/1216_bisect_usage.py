import bisect

a = [1, 3, 3, 3, 5, 8]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 3), bisect.bisect_left(a, 4), bisect.bisect(a, 100), bisect.bisect(a, -1))
print(bisect.bisect_left(a, 3, lo=2), bisect.bisect_right(a, 3, hi=2))
bisect.insort(a, 4)
bisect.insort_left(a, 3)
bisect.insort_right(a, 0)
print(a)


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 60, 69, 70, 89, 90, 100]])


def index_of(sorted_list, x):
    i = bisect.bisect_left(sorted_list, x)
    if i != len(sorted_list) and sorted_list[i] == x:
        return i
    return -1


data = list(range(0, 50, 5))
print(index_of(data, 25), index_of(data, 26), index_of(data, 0), index_of([], 1))
print(bisect.bisect_right(a, 3) - bisect.bisect_left(a, 3))
people = [("amy", 31), ("bob", 25), ("cid", 40)]
people.sort(key=lambda p: p[1])
ages = [p[1] for p in people]
print(people[bisect.bisect_left(ages, 30)])
print(bisect.bisect_left(people, 30, key=lambda p: p[1]), bisect.bisect_right(people, 40, key=lambda p: p[1]))
bisect.insort(people, ("dan", 28), key=lambda p: p[1])
print(people)
timeline = [(0, "start"), (10, "a"), (25, "b"), (40, "c")]
times = [t for t, _ in timeline]
for q in [5, 10, 39, 99]:
    print(q, "->", timeline[bisect.bisect_right(times, q) - 1][1])
words = sorted(["pear", "apple", "fig", "kiwi", "banana"])
lo = bisect.bisect_left(words, "b")
hi = bisect.bisect_left(words, "l")
print(words, words[lo:hi])
