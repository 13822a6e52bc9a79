import operator
print(operator.add(2, 3), operator.mul(4, 5), operator.neg(3), operator.truediv(7, 2))
print(operator.itemgetter(1)("abc"), operator.itemgetter(0, 2)([10, 20, 30]))
class P:
    def __init__(self, n): self.n = n
    def hi(self, x): return f"{self.n}:{x}"
print(operator.attrgetter("n")(P(5)), operator.methodcaller("hi", "yo")(P(1)))
print(operator.eq(1, 1.0), operator.contains([1, 2], 2), operator.getitem({"a": 1}, "a"))
lst = [1, 2, 3]
operator.setitem(lst, 0, 9)
print(lst, operator.index(7), operator.concat([1], [2]))
import functools
print(functools.reduce(operator.or_, [1, 2, 4]), functools.reduce(operator.xor, [5, 3]))
