import operator as op
print(op.add(2, 3), op.mul(4, 5), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.neg(5), op.pow(2, 8))
print(op.eq(1, 1), op.lt(2, 1), op.not_(0), op.truth([1]), op.contains([1, 2], 2), op.concat("a", "b"))
rows = [{"n": "b", "a": 2}, {"n": "a", "a": 3}]
print(sorted(rows, key=op.itemgetter("n")), op.itemgetter(0, 2)("xyz"))
class P:
    def __init__(self, n, a):
        self.name, self.age = n, a
ps = [P("x", 3), P("y", 1)]
print([p.name for p in sorted(ps, key=op.attrgetter("age"))], op.attrgetter("name", "age")(ps[0]))
print(op.methodcaller("replace", "a", "o")("banana"), op.methodcaller("upper")("q"))
l = [1, 2, 3]
op.setitem(l, 0, 9); op.delitem(l, 1)
print(l, op.getitem(l, -1), op.index(5), op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.inv(0))
x = [1]
x = op.iadd(x, [2])
print(x, op.is_(None, None), op.abs(-3))
