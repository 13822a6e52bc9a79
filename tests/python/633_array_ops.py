# array: comparisons, +, *, +=, *=, in, copy.
from array import array
import copy

a = array('i', [1, 2, 3])
b = array('i', [1, 2, 4])
print(a == b, a != b, a < b, a <= b, a > b, a >= b, a == array('i', [1, 2, 3]), a == [1, 2, 3])
print(array('d', [1, 2]) == array('i', [1, 2]), array('b') < array('b', [0]), a != 'x')
print(a + b, a * 2, 3 * array('b', [1]), a * 0, array('d', [0.5]) * 3)
c = a
c += array('i', [9])
c *= 2
print(a, c is a, 9 in a, 10 in a)
d = copy.copy(a)
e = copy.deepcopy(a)
d.append(0)
print(a, d, e == a)
print(sorted(array('h', [3, -1, 2])), max(array('f', [1.5, 2.5])), sum(array('Q', [1, 2, 3])))
print(list(reversed(array('i', [1, 2, 3]))), list(enumerate(array('B', [7, 8]))))
print(a[1:4], a[::2], a[-2:], len(a[10:]))
