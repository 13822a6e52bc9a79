# default arguments, keyword-only, mutable default pitfalls
def append_bad(x, acc=[]):
    acc.append(x)
    return acc
def append_good(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(append_bad(1), append_bad(2), append_bad.__defaults__)
print(append_good(1), append_good(2))
counter = 5
def snapshot(val=counter):
    return val
counter = 99
print(snapshot())
def connect(host, port=80, *, timeout=10, secure=False):
    return f"{host}:{port} timeout={timeout} secure={secure}"
print(connect("example"), connect("h", 443, secure=True), connect(port=8080, host="x"))
print(connect.__kwdefaults__, connect.__defaults__)
try:
    connect("h", 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    connect()
except TypeError as e:
    print(type(e).__name__, e)
try:
    connect("h", bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    connect("h", host="again")
except TypeError as e:
    print(type(e).__name__, e)
def varargs(*args, **kwargs):
    return args, kwargs
print(varargs(), varargs(1, a=2), varargs(*"ab", **{"k": "v"}))
def annotated(a: int, b: str = "x") -> list:
    return [a, b]
print(annotated.__annotations__, annotated(1))
print(connect.__code__.co_varnames[:connect.__code__.co_argcount + connect.__code__.co_kwonlyargcount])
def cache_calls(n, _cache={}):
    if n in _cache:
        return f"cached {n}"
    _cache[n] = True
    return f"computed {n}"
print(cache_calls(1), cache_calls(1), cache_calls(2))
print(connect.__name__, connect.__code__.co_kwonlyargcount, connect.__code__.co_argcount)
