# array indexing, slicing and slice assignment
from array import array
a = array("i", range(10))
print(a[2], a[-1], a[2:5], a[::3], a[::-1])
print(type(a[1:3]).__name__, a[1:3].typecode)
a[0] = 100
a[-1] = -9
print(a)
a[2:4] = array("i", [20, 30, 40])
print(a, len(a))
a[1:3] = array("i")
print(a)
del a[::2]
print(a)
del a[0]
print(a)
a[::2] = array("i", [0] * len(a[::2]))
print(a)
try:
    a[::2] = array("i", [1])
except ValueError as e:
    print(type(e).__name__, e)
try:
    a[1:2] = [5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[1:2] = array("d", [5.0])
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[50]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
b = array("d", [0.5, 1.5, 2.5, 3.5])
print(b[1:-1], b[10:], array("d", reversed(b)))
for i, v in enumerate(b):
    b[i] = v * 2
print(b)
c = array("b", [1, 2, 3])
c[1:1] = array("b", [9, 9])
print(c, c[-2:])
