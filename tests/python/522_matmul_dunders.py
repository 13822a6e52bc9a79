# The @ operator (__matmul__, __rmatmul__, __imatmul__) and dunder methods
# called directly on builtin values ((5).__add__, str.__len__).
class V:
    def __init__(self, xs):
        self.xs = xs

    def __matmul__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return sum(a * b for a, b in zip(self.xs, o.xs))

    def __rmatmul__(self, o):
        return f"r{o}"

    def __imatmul__(self, o):
        self.xs = [a * b for a, b in zip(self.xs, o.xs)]
        return self


v = V([1, 2, 3])
print(v @ V([4, 5, 6]), 7 @ v)
v @= V([2, 2, 2])
print(v.xs)
for a, b in [(1, 2), ([1], [2]), (V([]), 1.5)]:
    try:
        print(a @ b)
    except TypeError as e:
        print(e)
print((-7).__floordiv__(2), (5).__add__(3), "ab".__len__(), [1, 2].__getitem__(1), {"a": 1}.__contains__("a"))
print((3).__add__("x"), (1.5).__mul__(2), "ab".__add__("c"), (2).__rsub__(10), [1].__eq__([1]))
f = (5).__add__
print(f(1), "x".__repr__(), (3).__hash__() == hash(3), int.__add__(2, 3), str.__len__("abc"))
x = 3
x @= 4
