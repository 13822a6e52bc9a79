rows = [("Widget", 3, 2.5), ("Gadget", 12, 10.0), ("Thingamajig", 1, 99.99)]
print(f"{'Name':<12}|{'Qty':>5}|{'Price':>8}")
print("-" * 27)
for name, qty, price in rows:
    print(f"{name:<12}|{qty:>5}|{price:>8.2f}")
total = sum(q * p for _, q, p in rows)
print(f"{'Total':<12}|{'':>5}|{total:>8.2f}")
print(f"{'centered':^27}")
print(f"[{3.14159:+010.3f}] [{-42:^+7}] [{'x':=^5}]")
