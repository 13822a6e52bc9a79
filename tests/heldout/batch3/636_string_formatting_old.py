print("%s is %d years" % ("Tom", 30))
print("%5.2f|%-6s|%06d" % (3.14159, "ab", 42))
print("%x %X %o %e" % (255, 255, 8, 12345.678))
print("%(name)s=%(val)r" % {"name": "k", "val": "v"})
print("%%d literal and %c" % 65)
print("{} {}".format("a", "b"), "{1} {0}".format("a", "b"))
print("{name} has {n:03d}".format(name="x", n=7))
print("{0[0]} {0[1]}".format(["p", "q"]), "{d[key]}".format(d={"key": "v"}))
print("{:>8.3f}|{:<5}|{:^7}".format(2.5, "l", "c"))
print("{:,}".format(9876543210))
class P:
    x = 4
print("{0.x}".format(P()))
print("{!r}".format("s"))
