# walrus operator and lambda
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list has {n} items")
values = iter([5, 3, 0, 7])
results = []
while (v := next(values)) != 0:
    results.append(v * 2)
print(results)
print([(x, y) for x in range(5) if (y := x * x) % 2 == 1])
print(max(data, key=lambda v: -v), sorted(data, key=lambda v: (v % 3, v)))
add = lambda a, b=10, *rest, **kw: a + b + sum(rest) + len(kw)
print(add(1), add(1, 2), add(1, 2, 3, 4, k=0), add.__name__)
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print((lambda: "no args")(), (lambda *a: a)(1, 2), (lambda **k: sorted(k))(b=1, a=2))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
print(list(filter(lambda s: s.startswith("a"), ["apple", "bob", "avocado"])))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((y := 5) + y, y)
total = 0
print([total := total + x for x in range(5)], total)
def f(x):
    return (doubled := x * 2, doubled + 1)
print(f(4))
pairs = sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda p: (-p[1], p[0]))
print(pairs)
print(type(lambda: 0).__name__, (lambda x: x).__code__.co_argcount)
