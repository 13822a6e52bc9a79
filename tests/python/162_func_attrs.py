# Function objects: __name__, __qualname__, __defaults__, attributes set
# on functions (a call counter), and __dict__.
def outer():
    def inner(a, b=2, *, c=3):
        return a + b + c
    return inner
f = outer()
print(f.__name__, f.__qualname__, f.__defaults__, f(1), outer.__defaults__)
def counted(x):
    counted.calls += 1
    return x * 2
counted.calls = 0
counted(1); counted(2)
print(counted.calls, counted.__dict__, hasattr(counted, "missing"))
f.__name__ = "renamed"
print(f.__name__, repr(f).startswith("<function outer.<locals>.inner at 0x"))
def memo(fn):
    fn.cache = {}
    def wrapper(n):
        if n not in fn.cache:
            fn.cache[n] = fn(n)
        return fn.cache[n]
    wrapper.__wrapped__ = fn
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), len(fib.__wrapped__.cache), fib.__wrapped__.__name__)
try:
    counted.nothing
except AttributeError as e:
    print("AttributeError:", e)
