# types: SimpleNamespace, the FunctionType/GeneratorType family
import types

ns = types.SimpleNamespace(x=1, y="two")
ns.z = [3]
print(ns, ns.x, ns.z, ns == types.SimpleNamespace(x=1, y="two", z=[3]))
del ns.z
print(ns, vars(ns))


def f():
    yield 1


print(isinstance(f, types.FunctionType), isinstance(f(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(lambda: 0, types.LambdaType), types.NoneType is type(None), isinstance(types, types.ModuleType))
