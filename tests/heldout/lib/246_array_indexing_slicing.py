import array
a = array.array("d", [0.5, 1.5, 2.5, 3.5, 4.5])
print(a[0], a[-1])
print(a[1:4])
print(a[::2])
print(a[::-1])
a[1:3] = array.array("d", [9.0])
print(a)
del a[0]
print(a)
a[0] = 7
print(a)
try:
    a[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a[0:1] = [1.0]
except TypeError as e:
    print(type(e).__name__)
