"""Module docstring: __doc__, math.dist, and globals() in definition order."""
import math, os
print(__doc__)
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]))
print([k for k in globals() if k.startswith('__')][:3])
print(math.__doc__ is None or isinstance(math.__doc__, str))
try:
    math.dist((1,), (1, 2))
except ValueError as e:
    print(e)
def f():
    "Function doc."
print(f.__doc__, [k for k in globals() if not k.startswith('__')])
