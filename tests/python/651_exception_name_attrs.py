# AttributeError.name, NameError.name and ImportError.name for the
# interpreter's own errors; None for user-made ones.
def attempts():
    yield lambda: [].nosuch
    yield lambda: undefined_name
    yield lambda: int.nope
    yield lambda: (1).imag.real.nothing
    yield lambda: AttributeError('plain')


for thunk in attempts():
    try:
        r = thunk()
        print('no error', r if not isinstance(r, BaseException) else (r.name, r.obj))
    except (AttributeError, NameError) as e:
        print(type(e).__name__, repr(e.name), e)

try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e.name, e)
try:
    from os import nothing_here
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    raise NameError('custom')
except NameError as e:
    print(repr(e.name))
try:
    import math
    math.tau2
except AttributeError as e:
    print(e.name, e)
