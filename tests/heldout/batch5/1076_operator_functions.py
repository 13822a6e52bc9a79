# operator module functions
import operator as op
print(op.add(2, 3), op.sub(5, 8), op.mul(4, 2.5), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 8), op.neg(5), op.pos(-5), op.abs(-3), op.invert(0), op.index(7))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 4), op.rshift(32, 2))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt("b", "a"), op.ge([1], [1, 0]))
print(op.not_([]), op.truth("x"), op.is_(None, None), op.is_not(1, None))
print(op.contains([1, 2], 2), op.countOf([1, 2, 1, 1], 1), op.indexOf("abc", "c"))
print(op.concat([1], [2]), op.concat("ab", "cd"))
lst = [1, 2, 3, 4]
op.setitem(lst, 0, 99)
op.delitem(lst, 1)
print(lst, op.getitem(lst, -1), op.getitem("hello", slice(1, 3)))
x = [1]
y = op.iadd(x, [2])
print(x, y is x)
s = "a"
s2 = op.iadd(s, "b")
print(s, s2)
print(op.matmul.__name__, op.length_hint([1, 2, 3]), op.length_hint(iter([]), 5))
import functools
print(functools.reduce(op.mul, range(1, 8)), list(map(op.neg, [1, -2])))
print(sorted([("b", 2), ("a", 3)], key=op.itemgetter(1), reverse=True))
ops = {"+": op.add, "-": op.sub, "*": op.mul, "/": op.truediv}
def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(float(tok))
    return stack.pop()
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("10 4 /"))
