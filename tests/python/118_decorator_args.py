# Decorators with arguments, stacked decorators, and class decorators.
def repeat(times):
    def deco(fn):
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco
def tag(name):
    def deco(fn):
        def wrapper(*a):
            return "<" + name + ">" + str(fn(*a)) + "</" + name + ">"
        return wrapper
    return deco
@repeat(3)
def hello(who="x"):
    return "hi " + who
print(hello(), hello(who="y"), hello.__name__)
@tag("b")
@tag("i")
def word(w):
    return w
print(word("bold"))
registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls
@register
class Plugin:
    pass
print(registry, Plugin.registered)
calls = []
def trace(fn):
    def inner(n):
        calls.append(n)
        return fn(n)
    return inner
@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(5), calls)
