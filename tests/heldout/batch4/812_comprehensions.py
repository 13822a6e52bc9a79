# comprehensions and generator expressions
print([x * x for x in range(10) if x % 3 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print({x % 4 for x in range(20)})
print({c: ord(c) for c in 'abc'})
print(sum(x for x in range(101)), max(len(w) for w in ['a', 'abcd', 'ab']))
gen = (x ** 2 for x in range(4))
print(next(gen), list(gen), list(gen))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)])
print([v for row in matrix for v in row if v % 2])
print(['even' if n % 2 == 0 else 'odd' for n in range(4)])
x = 'outer'
res = [x for x in range(3)]
print(x, res)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs2])
print([y for x in [[1, 2], [3]] for y in x])
print(sorted({frozenset((a, b)) for a in range(2) for b in range(2)}, key=sorted))
print([(i, c) for i, c in enumerate('xyz', start=1)])
words = ['apple', 'bob', 'kayak', 'level', 'test']
print([w for w in words if w == w[::-1]])
print(dict((k, v) for k, v in zip(range(3), 'abc')))
print(any(n > 5 for n in [1, 7]), all(n > 0 for n in []), list(filter(None, [0, 1, '', 'a', None])))
print([n for n in range(2, 30) if all(n % d for d in range(2, int(n ** 0.5) + 1))])
