import operator as op
print(op.add(2, 3), op.mul(4, 5), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.neg(5), op.pow(2, 8))
print(op.eq(1, 1), op.lt(1, 2), op.not_(0), op.contains([1, 2], 2), op.concat("a", "b"))
rows = [("b", 2, 9.0), ("a", 3, 1.5), ("c", 1, 4.0)]
print(sorted(rows, key=op.itemgetter(1)), sorted(rows, key=op.itemgetter(2, 0))[0])
get = op.itemgetter(0, 2)
print(get(rows[0]), op.itemgetter("k")({"k": "v"}))
class P:
    def __init__(self, n, a): self.n, self.a = n, a
    def hello(self, g): return f"{g}, {self.n}"
ps = [P("x", 30), P("y", 20)]
print([p.n for p in sorted(ps, key=op.attrgetter("a"))])
print(op.methodcaller("hello", "hi")(ps[0]), op.methodcaller("upper")("abc"))
lst = [1, 2, 3]
op.setitem(lst, 0, 10); op.delitem(lst, 1)
print(lst, op.getitem(lst, -1), op.index(7), op.iadd([1], [2]))
