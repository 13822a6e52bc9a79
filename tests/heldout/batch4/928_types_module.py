# types: SimpleNamespace, MappingProxyType, FunctionType checks, new_class
import types
ns = types.SimpleNamespace(a=1, b='two')
ns.c = [3]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b='two', c=[3]))
del ns.b
print(ns, hasattr(ns, 'b'))
mp = types.MappingProxyType({'x': 1})
print(mp['x'], len(mp), dict(mp), 'x' in mp)
try:
    mp['y'] = 2
except TypeError as e:
    print(type(e).__name__, e)
def f():
    pass
class C:
    def m(self):
        pass
    @classmethod
    def cm(cls):
        pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(C().m, types.MethodType))
print(isinstance(C.cm, types.MethodType), isinstance(C.m, types.FunctionType), isinstance(types, types.ModuleType))
print(isinstance((x for x in []), types.GeneratorType), isinstance(lambda: 0, types.LambdaType), type(None) is types.NoneType)
print(type(C.__dict__).__name__, isinstance(C.__dict__, types.MappingProxyType))
Dyn = types.new_class('Dyn', (object,), {}, lambda ns: ns.update({'greet': lambda self: 'hello'}))
print(Dyn.__name__, Dyn().greet())
bound = types.MethodType(lambda self, x: (type(self).__name__, x), C())
print(bound(5))
code = f.__code__
print(type(code) is types.CodeType, code.co_name, code.co_argcount)
g = types.FunctionType(compile('def h(x): return x * 2', '<s>', 'exec').co_consts[0], {})
print(g(21), g.__name__)
print(types.SimpleNamespace(), repr(types.SimpleNamespace(z=1, a=2)))
def gen():
    yield 1
print(type(gen()).__name__, type(C.m).__name__, type(C().m).__name__, type(print).__name__)
