# printf-style formatting with the % operator.
print("%s is %d years" % ("Ann", 42))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%.2f|%8.3f|%-8.1f|%e|%.3E|%g|%g" % (3.14159, 2.71828, 1.5, 12345.678, 0.00012, 1e-5, 123456789.0))
print("%x|%X|%o|%#x|%#o|%c|%c" % (255, 255, 8, 255, 8, 65, "z"))
print("%r|%s|%a" % ("q", "q", "é"))
print("%(name)s=%(value)d" % {"name": "x", "value": 7})
print("100%% sure" % (), "%s" % [1, 2], "%s" % (1,), "%s %s" % (None, True))
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%i %u" % (3.9, -2), "%d" % True, "%s" % 1.0)
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
