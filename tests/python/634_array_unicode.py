# array: typecode 'u' (str characters, 4 bytes each as UTF-32-LE).
import array
from array import array as A

a = A('u', 'héllo')
print(a, repr(A('u')), a.itemsize, a.tobytes()[:8], a.tounicode(), a[1], a[1:3], list(a))
a.fromunicode('xy')
a.append('z')
a.extend(['1', '2'])
print(a, len(a), a.index('l'), a.count('l'), 'z' in a, array.typecodes)
b = A('u')
b.frombytes(A('u', 'ab€').tobytes())
print(b, b == A('u', 'ab€'), A('u', 'ab') < A('u', 'b'), A('u', 'ab') + A('u', 'c'), A('u', 'ab') * 2)
print(A('u', ['a', 'b']), A('u', b'a\x00\x00\x00'), A('u', '😀').tobytes())
for f in [
    lambda: a.append('ab'),
    lambda: a.append(1),
    lambda: A('u', [1]),
    lambda: A('i').tounicode(),
    lambda: A('i').fromunicode('x'),
    lambda: a.fromunicode(5),
    lambda: A('u', b'\x00\x00\x11\x00'),
]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
