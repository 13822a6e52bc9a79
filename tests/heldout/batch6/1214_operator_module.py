import operator as op

print(op.add(2, 3), op.sub(5, 8), op.mul("ab", 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 8))
print(op.neg(5), op.pos(-5), op.abs(-3), op.not_(0), op.truth([]), op.inv(5), op.invert(0))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2), op.is_(None, None), op.is_not(1, None))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 4), op.rshift(256, 2))
print(op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"), op.concat([1], [2]))
lst = [1, 2, 3]
op.setitem(lst, 0, 99)
op.delitem(lst, 1)
print(lst, op.getitem(lst, -1), op.getitem("hello", slice(1, 3)))
get_second = op.itemgetter(1)
get_multi = op.itemgetter(0, 2)
print(get_second("abc"), get_multi("abc"), get_second({1: "one"}), op.itemgetter("k")({"k": "v"}))
rows = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(rows, key=op.itemgetter(1, 0)), max(rows, key=op.itemgetter(1)))


class P:
    def __init__(self, name, addr):
        self.name = name
        self.addr = addr


class A:
    def __init__(self, city):
        self.city = city


people = [P("x", A("Rome")), P("y", A("Oslo"))]
print([op.attrgetter("addr.city")(p) for p in people], op.attrgetter("name", "addr.city")(people[0]))
print(sorted(people, key=op.attrgetter("addr.city"))[0].name)
up = op.methodcaller("upper")
rep = op.methodcaller("replace", "a", "o")
print(up("abc"), rep("banana"), list(map(op.methodcaller("split", ","), ["a,b", "c"])))
x = [1]
x = op.iadd(x, [2])
print(x, op.iconcat([0], [1]), op.imul(3, 4))
print(op.index(7), op.length_hint([1, 2, 3]), op.length_hint(iter([]), 5))
import functools
print(functools.reduce(op.mul, range(1, 6)), list(map(op.add, [1, 2], [10, 20])), sum(map(op.mul, [1, 2, 3], [4, 5, 6])))
ops = {"+": op.add, "-": op.sub, "*": op.mul, "/": op.truediv}


def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(float(tok))
    return stack[0]


print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"))
print(op.matmul.__name__, op.itemgetter(1).__class__.__name__)
