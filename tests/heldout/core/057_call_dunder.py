class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *rest):
        return x * self.k + sum(rest)
m = Multiplier(3)
print(m(4), m(1, 1, 1), callable(m), callable(5), callable(len))
print(list(map(Multiplier(2), [1, 2, 3])))
class Acc:
    def __init__(self): self.total = 0
    def __call__(self, v):
        self.total += v
        return self
a = Acc()
a(1)(2)(3)
print(a.total)
n = 5
try:
    n()
except TypeError as e:
    print(type(e).__name__, e)
