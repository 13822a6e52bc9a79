"""copy for Pyrite: shallow and deep copy operations.

Written for Pyrite (not CPython's source).  Instances are copied by
creating an object of the same class without calling __init__ and copying
the attribute dict; __copy__ / __deepcopy__ hooks are honoured.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range,
           type(len), type(Ellipsis), type(NotImplemented), frozenset)


def _new_like(x):
    cls = type(x)
    y = object.__new__(cls)
    return y


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic or cls is tuple:
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is bytearray:
        return bytearray(x)
    if callable(x) and cls.__name__ in ('function', 'builtin_function_or_method'):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    y = _new_like(x)
    for k, v in vars(x).items():
        object.__setattr__(y, k, v)
    return y


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic:
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        same = True
        for i in range(len(x)):
            if items[i] is not x[i]:
                same = False
                break
        y = x if same else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is bytearray:
        y = bytearray(x)
    elif cls.__name__ in ('function', 'builtin_function_or_method'):
        return x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _new_like(x)
            memo[d] = y
            for k, v in vars(x).items():
                object.__setattr__(y, k, deepcopy(v, memo))
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
