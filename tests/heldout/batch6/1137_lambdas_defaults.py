square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
print(square.__name__, type(square).__name__, callable(square))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print({k: f(6, 3) for k, f in ops.items()})
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), list(map(lambda x: x + 1, [1, 2])))


def append_to(item, target=[]):
    target.append(item)
    return target


print(append_to(1), append_to(2), append_to(3, []))
print(append_to.__defaults__)


def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target


print(append_safe(1), append_safe(2))
counter = 0


def default_evaluated_once(x=counter):
    return x


counter = 99
print(default_evaluated_once())


def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"


print(greet("Ann"), greet("Bob", "Hi"), greet("Cid", punct="?"), greet(greeting="Yo", name="Dee"))
print(greet.__defaults__, greet.__name__)
try:
    greet()
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", "b", "c", "d")
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", nme="x")
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", name="b")
except TypeError as e:
    print("TypeError:", e)
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(square, lambda x: x + 1)
print(inc_then_sq(4))
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda x, /, y, *, z: (x, y, z))(1, y=2, z=3))
print(list(filter(lambda p: p[1] > 1, {"a": 1, "b": 2, "c": 3}.items())))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
