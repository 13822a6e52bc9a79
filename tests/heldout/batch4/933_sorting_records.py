# realistic program: sorting and grouping records with operator/functools/itertools
from operator import itemgetter, attrgetter
from itertools import groupby
from collections import namedtuple
import functools
Sale = namedtuple('Sale', 'region product units price')
sales = [
    Sale('west', 'widget', 10, 2.5), Sale('east', 'gadget', 3, 10.0), Sale('west', 'gadget', 7, 9.5),
    Sale('north', 'widget', 1, 2.75), Sale('east', 'widget', 12, 2.5), Sale('west', 'gizmo', 2, 30.0),
    Sale('north', 'gizmo', 4, 28.0), Sale('east', 'gizmo', 1, 31.0),
]
by_region = sorted(sales, key=attrgetter('region', 'product'))
for region, items in groupby(by_region, key=attrgetter('region')):
    items = list(items)
    revenue = sum(s.units * s.price for s in items)
    print(f'{region:<6} {len(items)} sales  revenue {revenue:8.2f}  products {[s.product for s in items]}')
totals = {}
for s in sales:
    totals[s.product] = totals.get(s.product, 0) + s.units * s.price
ranked = sorted(totals.items(), key=itemgetter(1), reverse=True)
for rank, (prod, rev) in enumerate(ranked, 1):
    print(rank, prod, f'{rev:.2f}')
print(max(sales, key=lambda s: s.units * s.price))
print(sorted(sales, key=lambda s: (-s.units, s.region))[:3])
def cmp(a, b):
    if a.price != b.price:
        return -1 if a.price < b.price else 1
    return (a.region > b.region) - (a.region < b.region)
print([f'{s.region}/{s.product}' for s in sorted(sales, key=functools.cmp_to_key(cmp))])
table = [list(map(str, s)) for s in sales[:3]]
widths = [max(len(r[i]) for r in table + [list(Sale._fields)]) for i in range(4)]
print(' | '.join(f.ljust(w) for f, w in zip(Sale._fields, widths)))
for row in table:
    print(' | '.join(c.ljust(w) for c, w in zip(row, widths)))
