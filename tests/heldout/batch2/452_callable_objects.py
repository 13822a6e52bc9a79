class Polynomial:
    def __init__(self, *coeffs):
        self.c = coeffs
    def __call__(self, x):
        r = 0
        for a in self.c:
            r = r * x + a
        return r
    def __len__(self):
        return len(self.c)
p = Polynomial(1, -3, 2)
print([p(x) for x in range(5)], len(p), callable(p))
class Memo:
    def __init__(self, fn):
        self.fn, self.cache, self.hits = fn, {}, 0
    def __call__(self, n):
        if n in self.cache:
            self.hits += 1
            return self.cache[n]
        r = self.cache[n] = self.fn(n)
        return r
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.hits, len(fib.cache))
