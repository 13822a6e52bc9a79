# array: construction, repr, indexing, slicing and the list-like methods.
from array import array
import array as array_module

a = array('i', [1, 2, 3])
print(a, repr(array('d')), array('b', range(5)), array('f', [0.1, 2]), array('Q', [2 ** 64 - 1]))
print(type(a), type(a).__name__, a.typecode, a.itemsize, len(a))
print([array(tc).itemsize for tc in 'bBhHiIlLqQfd'])
print(a[0], a[-1], a[1:], a[::-1], a[5:], list(a), [x * 2 for x in a])
a.append(4)
a.extend([5, 6])
a.extend(array('i', [7]))
a.insert(0, 0)
a.insert(100, 8)
a.insert(-100, -1)
print(a, a.pop(), a.pop(0), a.pop(-2), a)
a.remove(3)
print(a, a.index(4), a.index(5, 1), a.index(7, -3), a.count(2), a.count(99))
a.reverse()
print(a, a.tolist())
a[0] = 100
a[-1] = -100
a[1:3] = array('i', [9, 9, 9])
del a[0]
del a[1:3]
print(a)
b = array('d', [1, 2.5, True])
b[0] = 7
print(b, b[0], 2.5 in b, 3 in b, 1 in b)
c = array('i', array('i', [4, 5]))
print(c, array('d', array('i', [1, 2])), array('h', b'\x01\x00\x02\x00'), array('B', bytearray(b'xy')))
empty = array('L')
print(empty, len(empty), list(empty), bool(empty), bool(c))
for x in array('B', b'AZ'):
    print(x, end=' ')
print()
print(array_module.ArrayType is array)
