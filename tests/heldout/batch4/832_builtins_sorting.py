# sorted, min, max with key, reversed, enumerate
people = [('alice', 30), ('bob', 25), ('carol', 35), ('dave', 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
print(min(3, 1, 2), max('apple', 'pear', 'fig', key=len), min([], default='empty'))
print(max([1, 5, 5, 2], key=lambda x: x), min('bca'), max({'a': 3, 'b': 1}, key={'a': 3, 'b': 1}.get))
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 'a'])
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed([1, 2, 3])), list(reversed(range(4))), ''.join(reversed('abc')))
print(list(enumerate('abc')), list(enumerate('ab', 10)))
print(sorted('Hello World'), sorted({3: 'a', 1: 'b'}))
stable = sorted([(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y')], key=lambda t: t[0])
print(stable)
print(sorted([-3, 2, -1], key=abs), sorted(['B', 'a', 'C'], key=str.lower))
print(sorted([3.5, 1, 2.25, True]), sum([0.5, 0.25], 1), sum([[1], [2]], []))
print(len(range(0, 100, 7)), list(range(10, 0, -3)), range(5)[-1], 3 in range(0, 10, 3))
print(abs(-5), abs(-2.5), abs(3 + 4j), round(7.456, 1), round(-0.5), round(1.5), round(5))
print(divmod(100, 7), pow(2, 10), pow(2, 10, 1000), pow(-2, 3), pow(4, 0.5))
