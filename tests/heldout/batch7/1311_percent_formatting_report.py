employees = [("Alice", "Engineering", 125000.5, 0.15), ("Bob", "Sales", 68000, 0.08),
             ("Carolina", "Marketing", 91234.567, 0.1)]
header = "%-10s %-12s %12s %6s" % ("Name", "Dept", "Salary", "Bonus")
print(header)
print("=" * len(header))
for name, dept, salary, bonus in employees:
    print("%-10s %-12.12s %12.2f %5.1f%%" % (name, dept, salary, bonus * 100))
print("%d employees, payroll %.2f" % (len(employees), sum(e[2] for e in employees)))
print("%(name)s works in %(dept)s" % {"name": "Bob", "dept": "Sales"})
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %#x %o %#o %e %E %g %G" % (255, 255, 255, 8, 8, 1234.5, 0.00012, 1e-10, 3e20))
print("%s %r %a" % ("é", "é", "é"), "%c%c" % (72, "i"), "%%d is literal")
print("%.3s|%10.2s|%-6s|" % ("abcdef", "xyz", "ab"))
print("%*d|%-*d|%.*f" % (6, 1, 4, 2, 2, 3.14159))
print("%s" % [1, 2], "%s" % ((1, 2),), "%s and %s" % (1, 2))
for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%s", (1, 2))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    print("%z" % 1)
except ValueError:
    print("ValueError for %z")
print("%i %u" % (7.9, -3), "%s" % None, "%d" % True, "%.0f" % 2.5, "%.0f" % 3.5)
print(b"%d bytes from %s" % (64, b"host"))
