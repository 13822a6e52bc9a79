a = list(range(8))
a[2:4] = ["x", "y", "z"]
print(a)
a[1:1] = [100]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
del a[::3]
print(a)
a[:] = []
print(a)
b = [1, 2, 3, 4, 5, 6]
try:
    b[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
b[-2:] = "ab"
print(b)
c = [1, 2, 3]
c[5:] = [9]
print(c)
