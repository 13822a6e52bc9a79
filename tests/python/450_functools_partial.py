# functools.partial: positional and keyword freezing, nesting, attributes, repr
from functools import partial


def power(base, exp, *, mod=None):
    r = base ** exp
    return r if mod is None else r % mod


square = partial(power, exp=2)
print(square(7), square(3, exp=3))
cube_mod = partial(power, exp=3, mod=10)
print(cube_mod(7))
two_to = partial(power, 2)
print([two_to(k) for k in range(6)])
nested = partial(partial(power, 3), 4)
print(nested(), nested.func is power, nested.args, nested.keywords)
print(partial(int, base=16)("ff"), partial(max, 5)(1, 9, 3))
print(repr(partial(power, 2, mod=7)).startswith("functools.partial(<function power at "))
print(repr(partial(int, "7")))
try:
    partial(42)
except TypeError as e:
    print("TypeError:", e)
try:
    square()
except TypeError as e:
    print("TypeError:", e)
