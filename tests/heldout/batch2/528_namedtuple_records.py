from collections import namedtuple, defaultdict
Sale = namedtuple("Sale", "region product units price")
csv = """north,apple,10,0.5
south,apple,4,0.55
north,pear,7,0.75
south,pear,20,0.7
east,apple,1,0.6"""
sales = [Sale(r, p, int(u), float(pr)) for r, p, u, pr in (line.split(",") for line in csv.splitlines())]
rev = defaultdict(float)
for s in sales:
    rev[s.region] += s.units * s.price
for region, total in sorted(rev.items(), key=lambda kv: -kv[1]):
    print(f"{region:>6}: {total:6.2f}")
best = max(sales, key=lambda s: s.units)
print(best.product, best.region, best._fields.index("units"))
print(sorted(set(s.product for s in sales)), sum(s.units for s in sales if s.product == "pear"))
print(Sale._make(["w", "kiwi", 1, 2.0])._asdict())
