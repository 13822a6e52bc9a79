# printf-style % formatting
print("%d %i %s %r" % (42, -7, 'str', 'repr'))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%f|%.2f|%10.3f|%-10.1f|" % (3.14159, 3.14159, 3.14159, 3.14159))
print("%e|%E|%.3e|%g|%G" % (12345.678, 12345.678, 0.000123, 0.00001234, 1e20))
print("%x|%X|%o|%#x|%#o" % (255, 255, 8, 255, 8))
print("%c%c%c" % (72, 'i', 33))
print("%s and %s" % ('a', 'b'), "%%", "100%%" % ())
print("%(name)s is %(age)d" % {'name': 'Eve', 'age': 25})
print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 2, 3.14159))
print("%s" % [1, 2], "%s" % (None,), "%r" % (b'x',))
print("%.3s" % 'abcdef', "%10.3s|" % 'abcdef')
print(b"%d-%s" % (5, b'bytes'))
try:
    print("%d" % 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("%s %s" % ('one',))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("%s" % ('a', 'b'))
except TypeError as e:
    print(type(e).__name__, e)
print("%d" % 3.99, "%s" % 3.0, "%.0f" % 2.5, "%.0f" % 3.5)
