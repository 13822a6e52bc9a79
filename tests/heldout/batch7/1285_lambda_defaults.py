ops = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "pow": lambda a, b=2: a ** b,
    "neg": lambda a: -a,
}
print(ops["add"](2, 3), ops["sub"](2, 3), ops["pow"](3), ops["pow"](2, 10), ops["neg"](4))
print(ops["add"].__name__, (lambda: None)())


def append_to(item, target=[]):
    target.append(item)
    return target


print(append_to(1), append_to(2), append_to(3, []))


def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target


print(append_safe(1), append_safe(2))
print(append_to.__defaults__, append_safe.__defaults__)

counter = 10


def show(value=counter):
    return value


counter = 20
print(show(), counter)

adders = [lambda x, n=n: x + n for n in range(4)]
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(4)]
print([f(10) for f in late])

compose = lambda *fs: lambda x: __import__("functools").reduce(lambda acc, f: f(acc), fs, x)
pipeline = compose(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(pipeline("  Hello Big World "))

sort_by = lambda key, reverse=False: (lambda seq: sorted(seq, key=key, reverse=reverse))
by_len_desc = sort_by(len, reverse=True)
print(by_len_desc(["aa", "b", "cccc", "ddd"]))
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3, y=4))
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
cond = lambda x: "even" if x % 2 == 0 else "odd"
print([cond(i) for i in range(4)])


def make_multiplier(factor=2, *, offset=0):
    return lambda x: x * factor + offset


print(make_multiplier()(5), make_multiplier(3, offset=1)(5), make_multiplier.__kwdefaults__)
