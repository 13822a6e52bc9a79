name, age, height = "Alice", 30, 1.68
print("%s is %d years old" % (name, age))
print("Height: %.2f m, %5.1f|%-6.1f|%06.2f" % (height, height, height, height))
print("%d%% complete" % 75)
print("%x %X %o %#x %#o %e %E %g %G" % (255, 255, 8, 255, 8, 12345.678, 0.00012, 1e-5, 1e20))
print("%5s|%-5s|%.2s|%5.1s|" % ("ab", "ab", "abcdef", "xyz"))
print("%c%c%c" % (80, "y", 33))
print("%(name)s has %(count)03d items" % {"name": "Bob", "count": 7})
print("%r vs %s" % ("text", "text"), "%a" % "é")
print("%+d %+d % d % d" % (5, -5, 5, -5))
print("%*d|%-*d|%.*f" % (5, 42, 5, 42, 2, 3.14159))
print("%s" % (1, ), "%s" % [1, 2], "%s %s" % ("tuple", (1, 2)), "%s" % ((1, 2),))
print("%i %u" % (3.9, 7), "%d" % True, "%s" % None, "%.3s" % None)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("only one",)
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    "%(missing)s" % {"other": 1}
except KeyError as e:
    print("KeyError:", e)
try:
    "%z" % 1
except ValueError as e:
    print("ValueError:", e)
rows = [("widget", 4, 3.5), ("gadget", 10, 12.25)]
for r in rows:
    print("%-10s%4d%8.2f" % r)
print("%s" % "%d", "100%%" % (), "%%d" % ())
print(b"%s-%d" % (b"bytes", 9), b"%c" % 65, b"%5.2f" % 2.5)
print("%.0f %.0f %.0f" % (0.5, 1.5, 2.5), "%.3e" % 0, "%g" % 100000, "%g" % 1000000)
print("%-8s|" % "left", "%8s|" % "right", "%08.3f" % -3.14159)
