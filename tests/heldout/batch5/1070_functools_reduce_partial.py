# functools.reduce and functools.partial
from functools import reduce, partial
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6)), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), reduce(operator.add, [], 0))
print(reduce(lambda a, b: a * 10 + b, [1, 2, 3, 4]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)
words = ["apple", "banana", "cherry"]
print(reduce(lambda d, w: {**d, w[0]: w}, words, {}))
def compose(*fns):
    return reduce(lambda f, g: lambda x: g(f(x)), fns)
pipeline = compose(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(pipeline("  Hello Big World "))
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(7), cube(2), square(10, mod=7))
two_to = partial(power, 2)
print(two_to(10), two_to.func.__name__, two_to.args, square.keywords)
int_base2 = partial(int, base=2)
print(int_base2("1011"), int_base2("111", base=8))
p2 = partial(partial(power, 3), 4)
print(p2(), p2.args, p2.func.__name__)
print(repr(partial(max, 1)).startswith("functools.partial("))
def greet(greeting, name, punct="!"):
    return f"{greeting}, {name}{punct}"
hello = partial(greet, "Hello")
print(hello("Ann"), hello("Bob", punct="?"), list(map(hello, ["x", "y"])))
print(sorted(["b10", "a2", "c1"], key=partial(lambda i, s: s[i:], 1)))
class Temp:
    def convert(self, value, unit):
        return f"{value}{unit}"
t = Temp()
to_c = partial(t.convert, unit="C")
print(to_c(21), callable(to_c))
