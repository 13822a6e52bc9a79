# operator module
import operator as op
print(op.add(2, 3), op.sub(5, 7), op.mul('ab', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 8))
print(op.neg(5), op.pos(-5), op.abs(-2), op.invert(0), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 4), op.rshift(32, 2))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 3), op.not_(0), op.truth([]))
print(op.is_(None, None), op.is_not(1, None), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'))
print(op.concat([1], [2]), op.getitem([10, 20], 1), op.getitem({'k': 'v'}, 'k'), op.matmul.__name__)
lst = [1, 2, 3]
op.setitem(lst, 0, 'x')
op.delitem(lst, 1)
print(lst, op.length_hint([1, 2]), op.index(7))
records = [{'name': 'b', 'age': 3}, {'name': 'a', 'age': 5}]
print(sorted(records, key=op.itemgetter('name')), op.itemgetter('age', 'name')(records[0]))
print(op.itemgetter(1)('xyz'), op.itemgetter(slice(0, 2))('xyz'), list(map(op.itemgetter(0), [(1, 2), (3, 4)])))
class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner
    def greet(self, greeting, punct='.'):
        return f'{greeting}, {self.name}{punct}'
people = [P('zed'), P('amy', P('nested'))]
print([p.name for p in sorted(people, key=op.attrgetter('name'))], op.attrgetter('inner.name')(people[1]))
print(op.attrgetter('name', 'inner')(people[0]), op.methodcaller('greet', 'Hi', punct='!')(people[0]))
print(op.methodcaller('upper')('abc'), op.methodcaller('split', ',')('a,b'))
x = [1]
y = op.iadd(x, [2])
print(x, y is x, op.iadd(5, 1), op.imul('a', 3))
print(list(map(op.mul, [1, 2, 3], [4, 5, 6])), sum(map(op.mul, [1, 2], [3, 4])))
import functools
print(functools.reduce(op.or_, [{1}, {2}, {1, 3}]), functools.reduce(op.concat, ['a', 'b', 'c']))
