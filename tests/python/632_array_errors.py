# array: CPython's OverflowError and TypeError messages.
from array import array

for tc in 'bBhHiIlLqQ':
    msgs = []
    for v in (2 ** 70, 2 ** 64, 2 ** 63, 2 ** 40, 70000, 300, -1, -300, -70000, -2 ** 40, -2 ** 63 - 1, -2 ** 70):
        try:
            array(tc, [v])
            msgs.append('ok')
        except OverflowError as e:
            msgs.append(str(e))
    print(tc, msgs)
a = array('i', [1, 2, 3])
for f in [
    lambda: array('i', [1.5]),
    lambda: array('d', ['a']),
    lambda: array('f', [None]),
    lambda: array('z'),
    lambda: array('i', 5),
    lambda: array('i', 'abc'),
    lambda: array(5),
    lambda: array('ii'),
    lambda: a.pop(5),
    lambda: array('i').pop(),
    lambda: a.remove(9),
    lambda: a.index(9),
    lambda: a[5],
    lambda: a.__setitem__(5, 1),
    lambda: a.__setitem__(0, 2 ** 40),
    lambda: a.__setitem__(slice(0, 1), [1]),
    lambda: a.__setitem__(slice(0, 2), array('d', [1.0])),
    lambda: a + [1],
    lambda: a + array('d'),
    lambda: a.extend(array('d')),
    lambda: a.extend(5),
    lambda: a * 'x',
    lambda: a.__delitem__(7),
    lambda: a.append('1'),
    lambda: array('i', array('d', [1.0])),
]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(a)
# CPython names the C type 'array.array' in these messages; Pyrite's class is 'array'.
for f in [lambda: hash(a), lambda: a < 5]:
    try:
        f()
    except TypeError:
        print('TypeError')
