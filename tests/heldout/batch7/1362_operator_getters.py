import operator
from operator import itemgetter, attrgetter, methodcaller

rows = [("ann", "eng", 120), ("bob", "ops", 90), ("cy", "eng", 110), ("dee", "hr", 90)]
print(sorted(rows, key=itemgetter(2)), sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), rows)), itemgetter(0, 2)(rows[0]), itemgetter(slice(1, None))(rows[1]))
print(itemgetter("k")({"k": "v"}), max(rows, key=itemgetter(2))[0])


class Emp:
    def __init__(self, name, addr):
        self.name = name
        self.addr = addr


class Addr:
    def __init__(self, city):
        self.city = city


emps = [Emp("x", Addr("Oslo")), Emp("y", Addr("Bern")), Emp("z", Addr("Lima"))]
print([e.name for e in sorted(emps, key=attrgetter("addr.city"))], attrgetter("name", "addr.city")(emps[0]))
print(list(map(methodcaller("upper"), ["a", "b"])), methodcaller("split", ",", 1)("a,b,c"))
print(methodcaller("replace", "o", "0")("foo boo"))
print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 8), operator.neg(5), operator.pos(-5), operator.abs(-3))
print(operator.eq(1, 1.0), operator.ne(1, 2), operator.lt("a", "b"), operator.ge(3, 3), operator.not_(0), operator.truth([]))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(5), operator.lshift(1, 4))
print(operator.concat([1], [2]), operator.contains("team", "ea"), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
d = {"a": 1}
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
print(d, operator.getitem([10, 20, 30], 1), operator.getitem("hello", slice(1, 3)))
x = [1]
y = operator.iadd(x, [2])
print(x, y is x, operator.iadd(5, 1), operator.index(7), operator.is_(None, None), operator.is_not(1, None))
ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}
stack = []
for tok in "3 4 + 2 * 7 /".split():
    if tok in ops:
        b, a = stack.pop(), stack.pop()
        stack.append(ops[tok](a, b))
    else:
        stack.append(int(tok))
print(stack)
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter([]), 5))
