# a formatted text report
sales = [
    ("North", "Widgets", 120, 2.50),
    ("South", "Gadgets", 75, 11.00),
    ("North", "Gadgets", 30, 11.00),
    ("East", "Widgets", 200, 2.45),
    ("South", "Widgets", 60, 2.50),
    ("East", "Doohickeys", 12, 99.99),
]
header = f"{'Region':<8}{'Product':<12}{'Qty':>6}{'Price':>9}{'Total':>11}"
print(header)
print("-" * len(header))
grand = 0
by_region = {}
for region, product, qty, price in sorted(sales):
    total = qty * price
    grand += total
    by_region[region] = by_region.get(region, 0) + total
    print(f"{region:<8}{product:<12}{qty:>6d}{price:>9.2f}{total:>11,.2f}")
print("=" * len(header))
print(f"{'GRAND TOTAL':<26}{grand:>20,.2f}")
print()
print("Share by region:")
for region, total in sorted(by_region.items(), key=lambda kv: -kv[1]):
    pct = total / grand
    bar = "#" * round(pct * 40)
    print(f"  {region:<6} {pct:6.1%} {bar}")
best = max(sales, key=lambda r: r[2] * r[3])
print(f"Top line: {best[1]} in {best[0]} ({best[2] * best[3]:.2f})")
products = sorted({p for _, p, _, _ in sales})
print("Products:", ", ".join(products))
qty_by_product = {p: sum(q for _, pp, q, _ in sales if pp == p) for p in products}
for p, q in qty_by_product.items():
    print(f"{p:.>15}{q:.>6}")
