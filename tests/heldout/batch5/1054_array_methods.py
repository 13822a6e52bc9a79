# array methods
from array import array
a = array("i", [5, 1, 4])
a.append(2)
a.extend([9, 1])
a.insert(0, 7)
print(a, len(a), a.count(1), a.index(4))
print(a.pop(), a.pop(0), a)
a.remove(1)
print(a)
a.reverse()
print(a, list(a), a.tolist())
a.fromlist([10, 11])
print(a, sum(a), max(a), min(a), sorted(a))
print(a.buffer_info()[1] == len(a))
b = array("i", [1, 2]) + array("i", [3])
print(b, b * 2, 2 in b, b == array("i", [1, 2, 3]), b == [1, 2, 3])
b += array("i", [4])
b *= 2
print(b)
try:
    array("i", [1]) + array("d", [1.0])
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.index(1000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.remove(1000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    array("i").pop()
except IndexError as e:
    print(type(e).__name__, e)
c = array("d", [3.5, -1.0, 2.25])
print(c, [x * 2 for x in c], sorted(c, reverse=True))
c.extend(array("d", [0.5]))
print(c, c.index(2.25))
try:
    c.extend(array("f", [1.0]))
except TypeError as e:
    print(type(e).__name__, e)
print(array("i", [3, 1, 2]) < array("i", [3, 2]), array("b", [1, 2]) == array("h", [1, 2]))
print(array("u", "ab").tounicode() + "c", array("u", "xyz").index("y"))
