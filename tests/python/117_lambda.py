# lambda: defaults, closures, immediate calls, key functions, and names.
add = lambda a, b=10: a + b
print(add(1), add(1, 2), (lambda: "nullary")(), (lambda *a, **k: (a, k))(1, x=2))
fns = [lambda x, i=i: x * i for i in range(4)]
print([f(10) for f in fns])
late = [lambda x: x * i for i in range(4)]
print([f(10) for f in late])
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), add.__name__)
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), (lambda x: (lambda y: x + y))(3)(4))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])), (lambda: None)() is None)
print(repr(add)[:16])
