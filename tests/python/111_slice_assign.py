# Slice assignment and deletion, including extended slices.
a = list(range(8))
a[2:5] = ["x", "y"]; print(a)
a[:0] = [-1]; print(a)
a[len(a):] = [100, 101]; print(a)
a[1:3] = []; print(a)
a[::2] = "ABCDE"[:len(a[::2])]; print(a)
b = list(range(10))
del b[::3]; print(b)
del b[1:3]; print(b)
del b[-1]; print(b)
c = [1, 2, 3]
c[1:2] = range(5); print(c)
c[:] = "hi"; print(c)
d = list(range(6))
d[::-2] = [10, 20, 30]; print(d)
try:
    d[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    d[0:2] = 5
except TypeError as e:
    print("TypeError:", e)
