# Decorators with arguments, stacking order, and class decorators.
def repeat(times):
    def decorator(func):
        def wrapper(*args, **kwargs):
            results = []
            for _ in range(times):
                results.append(func(*args, **kwargs))
            return results
        wrapper.__name__ = func.__name__
        return wrapper
    return decorator
@repeat(3)
def greet(name):
    return "hi " + name
print(greet("bob"), greet.__name__)
def tag(label):
    def deco(f):
        def w(*a):
            return "<%s>%s</%s>" % (label, f(*a), label)
        return w
    return deco
@tag("b")
@tag("i")
def text(s):
    return s
print(text("x"))
calls = []
def log_calls(f):
    def w(*args, **kwargs):
        calls.append((f.__name__, args, sorted(kwargs.items())))
        return f(*args, **kwargs)
    return w
@log_calls
def add(a, b=0):
    return a + b
print(add(1, b=2), add(3), calls)
def register(registry):
    def deco(cls):
        registry[cls.__name__] = cls
        cls.registered = True
        return cls
    return deco
reg = {}
@register(reg)
class Widget:
    pass
print(sorted(reg), Widget.registered)
def counted(f):
    def w(*a):
        w.calls += 1
        return f(*a)
    w.calls = 0
    return w
@counted
def sq(x):
    return x * x
print(sq(2), sq(3), sq.calls)
class Memo:
    def __init__(self, f):
        self.f = f
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.f(n)
        return self.cache[n]
@Memo
def slow_double(n):
    print("computing", n)
    return n * 2
print(slow_double(4), slow_double(4), len(slow_double.cache))
