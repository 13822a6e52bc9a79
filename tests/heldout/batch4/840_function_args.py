# function parameters: defaults, keyword-only, positional-only, varargs
def f(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, sorted(kwargs.items())
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9, d=0))
def pos_only(x, y, /, z=0, *, w=1):
    return x + y + z + w
print(pos_only(1, 2), pos_only(1, 2, 3, w=4), pos_only(1, 2, z=5))
try:
    pos_only(x=1, y=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2, c=3, a=4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pos_only(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
def mutable_default(x, acc=[]):
    acc.append(x)
    return acc
print(mutable_default(1), mutable_default(2), mutable_default(3, []))
def safe_default(x, acc=None):
    acc = [] if acc is None else acc
    acc.append(x)
    return acc
print(safe_default(1), safe_default(2))
def annotated(a: int, b: 'str' = 'x') -> list:
    return [a, b]
print(annotated.__annotations__, annotated.__defaults__, annotated(1))
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__kwdefaults__, f.__name__)
def kw_only(*, key):
    return key
print(kw_only(key='k'))
try:
    kw_only('k')
except TypeError as e:
    print(type(e).__name__, e)
def collect(**kw):
    return kw
print(collect(**{'a': 1}, b=2))
try:
    collect(**{'a': 1}, a=2)
except TypeError as e:
    print(type(e).__name__, e)
def doc():
    "docstring here"
print(doc.__doc__, doc(), doc.__defaults__)
import inspect
print(inspect.signature(f), inspect.signature(pos_only))
