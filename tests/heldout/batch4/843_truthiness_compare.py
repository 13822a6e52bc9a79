# truthiness, chained comparisons, short-circuit, conditional expressions
vals = [0, 1, -1, 0.0, '', 'a', [], [0], {}, {'': 0}, set(), None, (), (None,), 0j, range(0)]
print([bool(v) for v in vals])
x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5, 1 == 1.0 == True, 1 < 2 < 3 < 2)
print(x == 5 != 6, 'a' < 'b' < 'c', [1] < [2] < [3])
def side(tag, val):
    print('eval', tag)
    return val
print(side('a', 0) and side('b', 1))
print(side('c', 1) or side('d', 1))
print(side('e', 1) < side('f', 2) < side('g', 0) < side('h', 9))
print(0 or '' or [] or 'last', 1 and 'x' and 0, None or 0, 'a' and 'b')
print('yes' if [] else 'no', 'yes' if [0] else 'no')
grade = lambda s: 'A' if s >= 90 else 'B' if s >= 80 else 'C'
print([grade(s) for s in (95, 85, 70)])
print(not 0, not 'a', not not [], (not 1) == False)
print(None is None, [] is not [], 1 in [1.0], 'ab' in 'cabd', [1] in [[1], 2])
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c)
print(True + True, True * 3, False - 1, sum([True, True, False]), int(True), str(False))
print(3 > 2 == 2, (3 > 2) == 2, 0 == 0.0 == -0.0, 'abc' == 'abc')
print(max(0, None is None), min(True, 2), 5 if 0 else 6 if 0 else 7)
print(isinstance(1 < 2, bool), type(1 and 2).__name__, type(0 or 2.5).__name__)
