# inspect: predicates, signature() text, Parameter kinds, bind, f.__code__ fields
import inspect

def f(a, b: int = 2, /, c=3, *args, d, e: str = "x", **kw) -> bool: pass
def plain(x, y=1): pass
async def co(): pass
async def ag(): yield 1
def gen(): yield 1

sig = inspect.signature(f)
print(sig)
for p in sig.parameters.values():
    print(p.name, p.kind, p.default is inspect.Parameter.empty, p)
print(inspect.signature(plain), inspect.signature(lambda *a, **k: 0), inspect.signature(co))
print(inspect.isfunction(f), inspect.isclass(int), inspect.ismethod(f), inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(co))
print(inspect.isasyncgenfunction(ag), inspect.isgenerator(gen()), inspect.isbuiltin(len), inspect.isroutine(plain))
ba = inspect.signature(plain).bind(1)
ba.apply_defaults()
print(ba.arguments, ba.args, ba.kwargs)
try:
    inspect.signature(plain).bind()
except TypeError as e:
    print(e)

class K:
    def __init__(self, a, b=5): pass
    def m(self, z): pass
print(inspect.signature(K), inspect.signature(K(1).m))
c = plain.__code__
print(c.co_name, c.co_argcount, c.co_varnames, c.co_kwonlyargcount, c.co_posonlyargcount, c.co_flags & 0x20, gen.__code__.co_flags & 0x20)
print(inspect.getdoc(K) is None, inspect.cleandoc("  a\n    b\n  c"), [n for n, _ in inspect.getmembers(K) if not n.startswith("_")])
