# functools.singledispatch, cached_property, cmp_to_key, wraps
from functools import singledispatch, cached_property, cmp_to_key, wraps
@singledispatch
def describe(obj):
    return f"object of type {type(obj).__name__}"
@describe.register
def _(obj: int):
    return f"int {obj}"
@describe.register(list)
@describe.register(tuple)
def _(obj):
    return f"sequence of {len(obj)}: " + ", ".join(describe(x) for x in obj)
@describe.register(str)
def _(obj):
    return f"str {obj!r}"
print(describe(5))
print(describe("hi"))
print(describe([1, "a", 2.5]))
print(describe((True,)))
print(describe({}))
print(describe.dispatch(bool).__name__ == describe.dispatch(int).__name__)
class Dataset:
    def __init__(self, values):
        self.values = values
        self.computations = 0
    @cached_property
    def mean(self):
        self.computations += 1
        return sum(self.values) / len(self.values)
d = Dataset([2, 4, 9])
print(d.mean, d.mean, d.computations, "mean" in vars(d))
del d.mean
print(d.mean, d.computations)
def compare_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=cmp_to_key(compare_len_then_alpha)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
def trace(fn):
    @wraps(fn)
    def inner(*a):
        return f"{fn.__name__}{a} -> {fn(*a)}"
    return inner
@trace
def add(x, y):
    "adds"
    return x + y
print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(1, 1))
