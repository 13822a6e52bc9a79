rows = [("Widget", 3, 4.5), ("Gadget", 10, 12.25), ("Thingamajig", 1, 100.0)]
header = f"{'Item':<12}|{'Qty':>5}|{'Price':>9}|{'Total':>10}"
print(header)
print("-" * len(header))
grand = 0
for name, q, p in rows:
    t = q * p
    grand += t
    print(f"{name:<12}|{q:>5d}|{p:>9.2f}|{t:>10,.2f}")
print(f"{'TOTAL':<12}|{'':>5}|{'':>9}|{grand:>10,.2f}")
print(format(0.5, ".0%"), format(1234.5, "=+12,.1f"), format("x", "^5"), format(7, "#06x"))
print("{:*>8}".format("r"), "{:.3}".format("abcdef"), "{:,}".format(10 ** 9), "{:e}".format(12345.678))
