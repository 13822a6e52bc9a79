sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda *a: len(a))(1, 2, 3))
print((lambda a, b=2, *, c=3: a + b + c)(1, c=10))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda s: len(s) > 2, ["a", "abc", "de", "fghi"])))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, sq)(5) + "!")
print(sq.__name__)
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda x: (lambda y: x + y))(3)(4))
