items = [("Coffee", 3, 2.5), ("Bagel", 12, 1.25), ("Orange juice", 1, 4.999)]
print(f"{'Item':<14}|{'Qty':>5}|{'Price':>8}|{'Total':>9}")
print(f"{'':-<14}+{'':->5}+{'':->8}+{'':->9}")
grand = 0
for name, qty, price in items:
    total = qty * price
    grand += total
    print(f"{name:<14}|{qty:>5d}|{price:>8.2f}|{total:>9,.2f}")
print(f"{'TOTAL':>29} {grand:>9.3f}")

n = 1234567.891
print(f"{n:,}", f"{n:_.1f}", f"{n:e}", f"{n:.3E}", f"{n:g}", f"{n:.10g}")
print(f"{42:08b}", f"{255:#x}", f"{255:X}", f"{8:#o}", f"{-42:+d}", f"{42:+d}", f"{42: d}")
print(f"{0.25:%}", f"{0.1234:.1%}", f"{3:^9}|", f"{'mid':*^11}", f"{'r':>4}")
print(f"{1e-7}", f"{1e16}", f"{123.0}", f"{0.1 + 0.2}", f"{2/3:.4}")
width, prec = 10, 3
print(f"[{3.14159:{width}.{prec}f}]", f"[{'x':{'>'}{width}}]")
val = "quote's"
print(f"{val!r}", f"{val!s}", f"{'é'!a}", f"{val=}", f"{width * 2 = }")
print(f"{{literal}} {len(items)}")
d = {"k": [1, 2, 3]}
print(f"{d['k'][1]}", f"{d['k']!r:>12}")
print(f"{-0.0:.1f}", f"{float('inf'):>6}", f"{float('nan')}", f"{1e300 * 1e10:.2f}")
print(f"{12345678:,d}", f"{-1234.5:,.2f}", f"{1234:=+8}", f"{-5:08d}", f"{5:<04}")
print(f"{True}", f"{True:d}", f"{None}", f"{3+4j}", f"{2.5:.0f}", f"{3.5:.0f}")
print(format(1234.5678, "10.2f"), format("abc", "^7"), format(10, "x"))
print("{:>6}|{:<6}|{:^6}".format("a", "b", "c"), "{0}{1}{0}".format("ab", "cd"))
print("{name} is {age:d}".format(name="Ann", age=7), "{0[1]}".format(("x", "y")))
