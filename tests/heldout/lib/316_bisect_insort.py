import bisect
a = []
for x in [5, 2, 8, 2, 6, 1]:
    bisect.insort(a, x)
    print(a)
b = [1, 3, 3, 5]
bisect.insort_left(b, 3)
bisect.insort_right(b, 4)
print(b)
