def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hi(name):
    return "hi " + name
print(hi("bob"))
registry = {}
def register(key):
    def deco(fn):
        registry[key] = fn
        return fn
    return deco
@register("sq")
def square(x): return x * x
@register("neg")
def neg(x): return -x
print(sorted(registry), registry["sq"](4), registry["neg"](4))
def memo(fn):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    w.cache = cache
    return w
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
class CountCalls:
    def __init__(self, f):
        self.f = f; self.n = 0
    def __call__(self, *a):
        self.n += 1
        return self.f(*a)
@CountCalls
def noop(): return None
noop(); noop()
print(noop.n)
