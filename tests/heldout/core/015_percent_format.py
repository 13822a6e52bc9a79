print("%s and %s" % ("a", "b"))
print("%d %i %5d|%-5d|%05d" % (42, 43, 44, 45, 46))
print("%.2f %10.3f %e %g" % (3.14159, 2.71828, 12345.6789, 0.00001))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%r %s" % ("q", "q"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 7})
print("100%% sure")
print("%c%c" % (72, "i"))
print("%*d|%-*d|" % (5, 1, 4, 2))
print("%s" % ((1, 2),))
try:
    print("%d" % "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("%s %s" % ("a",))
except TypeError as e:
    print(type(e).__name__, e)
