# Sets of instances with __eq__/__hash__: comparisons and set algebra use them
class V:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __hash__(self): return hash(self.x)
    def __repr__(self): return f"V({self.x})"

a = {V(1), V(1), V(2)}
b = {V(1), V(2)}
c = {V(2), V(3)}
print(len(a), len(b), V(1) in b, a == b, b == a, a != b, a <= b, a < b, a >= b)
print(sorted(a - c, key=lambda v: v.x), sorted(a & c, key=lambda v: v.x), sorted(a | c, key=lambda v: v.x), sorted(a ^ c, key=lambda v: v.x))
print(frozenset(a) == frozenset(b), a.issubset(b), b.issuperset(a), a.isdisjoint(c), a.isdisjoint({V(9)}))
print(sorted(a.union(c), key=lambda v: v.x), sorted(a.intersection(c), key=lambda v: v.x), sorted(a.difference(c), key=lambda v: v.x))
d = set(a); d -= {V(1)}; print(d); d |= {V(5)}; print(sorted(d, key=lambda v: v.x))
