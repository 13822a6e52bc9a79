# printf-style % formatting
print("%d items" % 5)
print("%s and %s" % ("this", "that"))
print("%5d|%-5d|%05d" % (42, 42, 42))
print("%.2f %10.3f %-10.1f|" % (3.14159, 2.71828, 1.41421))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%e %E %g %G" % (12345.678, 0.000123, 0.00001234, 1e20))
print("%r %s" % ("text", "text"))
print("%c%c%c" % (72, "i", 33))
print("%(name)s is %(age)d" % {"name": "Eve", "age": 29})
print("%%literal %d%%" % 50)
print("%+d %+d % d" % (5, -5, 5))
print("%*d|%-*s|" % (6, 7, 4, "ab"))
print("%.3s" % "abcdef", "%.*f" % (2, 1.23456))
print("%s" % [1, 2], "%s" % (("tuple",),))
print("%i %u" % (3, 4), "%a" % "caf\u00e9")
try:
    "%d" % "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%s %s" % ("only",)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%(k)s" % {"j": 1}
except KeyError as e:
    print(type(e).__name__, e)
print(b"%s=%d" % (b"k", 9), "%5.1f%%" % 99.44)
print("%d" % 3.99, "%s" % 3.99, "%.0f" % 2.5)
