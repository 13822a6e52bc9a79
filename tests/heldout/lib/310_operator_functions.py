import operator as op
print(op.add(2, 3), op.sub(2, 3), op.mul(2, 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 2))
print(op.neg(5), op.pos(-5), op.abs(-3), op.pow(2, 8))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.ge(2, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.invert(0), op.lshift(1, 4))
print(op.not_(0), op.truth([]), op.is_(None, None), op.contains([1, 2], 2))
print(op.concat([1], [2]), op.getitem("abc", 1), op.index(7))
l = [1, 2, 3]
op.setitem(l, 0, 9)
op.delitem(l, 1)
print(l)
x = [1]
print(op.iadd(x, [2]), x)
print(op.length_hint(iter(range(5))))
