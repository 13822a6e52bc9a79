from array import array
a = array("i", range(10))
print(a[::2], a[::-1][:3])
a[2:5] = array("i", [20, 30])
print(a)
del a[::3]
print(a)
a[0] = 99
print(a)
try:
    a[1:2] = [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[100]
except IndexError as e:
    print(type(e).__name__, e)
b = array("i", a)
b += array("i", [7])
print(b, len(a), len(b))
print(sorted(a), list(reversed(a))[:2], a < b)
