# printf-style % formatting corner cases.
print("%s|%r|%a" % ("é", "é", "é"))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%.2f|%8.3f|%-8.1f|%e|%.2E|%g|%G" % (3.14159, 2.71828, 1.5, 12345.678, 0.000123, 1e-10, 1e20))
print("%x|%X|%#x|%o|%#o|%c|%c" % (255, 255, 255, 8, 8, 65, "z"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%%d" % (), "%s" % "only")
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%s %s" % (1, [2, 3]), "%s" % (None,), "%d" % 3.99, "%i" % -7, "%.0f" % 2.5, "%.0f" % 3.5)
print("%5s|%-5s|%.2s" % ("ab", "ab", "abcdef"), "%r" % (1, ), "%s" % ((1, 2),))
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(k)s", {})]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
