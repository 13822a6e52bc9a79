from functools import singledispatch
@singledispatch
def describe(x):
    return "object:" + type(x).__name__
@describe.register
def _(x: int):
    return "int:" + str(x)
@describe.register(list)
def _(x):
    return "list of " + str(len(x))
@describe.register(str)
def _(x):
    return "str:" + x.upper()
for v in [5, "hi", [1, 2], 2.5, True, None]:
    print(describe(v))
print(describe.dispatch(bool) is describe.dispatch(int))
