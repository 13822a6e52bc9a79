class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0

    def __call__(self, x):
        self.calls += 1
        return x * self.factor


double = Multiplier(2)
print(double(5), double("ab"), list(map(double, [1, 2, 3])), double.calls)
print(callable(double), callable(Multiplier), callable(5), callable(print), callable(lambda: 0), callable("s"))


class CountCalls:
    def __init__(self, func):
        self.func = func
        self.count = 0
        self.__name__ = func.__name__

    def __call__(self, *args, **kwargs):
        self.count += 1
        return self.func(*args, **kwargs)


@CountCalls
def greet(name):
    return f"hi {name}"


print(greet("a"), greet("b"), greet.count, greet.__name__)


class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs

    def __call__(self, x):
        result = 0
        for c in self.coeffs:
            result = result * x + c
        return result

    def __repr__(self):
        terms = []
        n = len(self.coeffs) - 1
        for i, c in enumerate(self.coeffs):
            p = n - i
            if c == 0:
                continue
            terms.append(f"{c}" if p == 0 else f"{c}x" if p == 1 else f"{c}x^{p}")
        return " + ".join(terms) or "0"


poly = Polynomial(2, 0, -3, 1)
print(poly, [poly(x) for x in range(-2, 3)])


class Pipeline:
    def __init__(self, *steps):
        self.steps = steps

    def __call__(self, value):
        for step in self.steps:
            value = step(value)
        return value

    def __or__(self, other):
        return Pipeline(*self.steps, other)


clean = Pipeline(str.strip, str.lower) | (lambda s: s.replace(" ", "_"))
print(clean("  Hello World  "))


class Accumulate:
    def __init__(self):
        self.total = 0

    def __call__(self, value=0):
        self.total += value
        return self


acc = Accumulate()
print(acc(5)(10)(2).total)
try:
    Multiplier(2)()
except TypeError as e:
    print("TypeError:", e)
not_callable = 5
try:
    not_callable()
except TypeError as e:
    print("TypeError:", e)


class Factory:
    registry = {"int": int, "str": str, "list": list}

    def __call__(self, kind, *args):
        return self.registry[kind](*args)


make = Factory()
print(make("int", "42") + 1, make("str", 3.5), make("list", "ab"))
print(sorted([3, 1, 2], key=Multiplier(-1)))
