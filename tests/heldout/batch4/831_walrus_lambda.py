# walrus operator and lambdas
data = [5, 12, 3, 18, 7]
if (n := len(data)) > 3:
    print('long list', n)
print([y for x in data if (y := x * 2) > 10])
print(y)
chunks = iter(['a', 'b', '', 'c'])
collected = []
while (item := next(chunks)) != '':
    collected.append(item)
print(collected)
values = [(v, sq) for v in range(5) if (sq := v * v) % 2 == 0]
print(values)
print((total := sum(data)), total / len(data))
def f(x):
    return (z := x + 1) * z
print(f(3))
square = lambda x: x * x
add = lambda a, b=10: a + b
varargs = lambda *a, **k: (a, sorted(k))
print(square(7), add(1), add(1, 2), varargs(1, 2, z=3, a=4))
print((lambda: 'immediate')(), (lambda x, y: x if x > y else y)(3, 9))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(square, lambda x: x + 1)
print(inc_then_sq(4), square.__name__, (lambda: 0).__name__)
make_mult = lambda n: (lambda x: x * n)
triple = make_mult(3)
print(triple(5), list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print(list(filter(lambda s: s.isupper(), ['A', 'b', 'C'])))
import functools
print(functools.reduce(lambda acc, x: acc * 10 + x, [1, 2, 3, 4]))
