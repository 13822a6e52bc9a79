# operator: arithmetic/comparison functions, in-place forms, sequence helpers
import operator as op

print(op.add(2, 3), op.sub(2, 3), op.mul("ab", 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3.5), op.inv(5), op.invert(0))
print(op.lshift(1, 4), op.rshift(256, 3), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.lt(1, 2), op.le(2, 2), op.eq("a", "a"), op.ne(1, 1), op.ge(1, 2), op.gt(3, 2))
print(op.not_([]), op.truth([0]), op.is_(None, None), op.is_not(1, None))
print(op.contains([1, 2], 2), op.countOf([1, 2, 1, 1], 1), op.indexOf("abc", "c"))
print(op.concat([1], [2]), op.getitem({"k": 9}, "k"), op.index(7))
d = {"a": 1}
op.setitem(d, "b", 2)
op.delitem(d, "a")
print(d)
lst = [1]
print(op.iadd(lst, [2]) is lst, lst, op.iadd(1, 2), op.imul("x", 3), op.isub(10, 4))
print(op.length_hint([1, 2, 3]), op.length_hint(iter([]), 5) >= 0)
try:
    op.indexOf([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
try:
    op.concat(1, 2)
except TypeError as e:
    print("TypeError:", e)
