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
    rv = _user_reduce(x)
    if rv is not None:
        return x if isinstance(rv, str) else _reconstruct(x, rv, False, None)
    if isinstance(x, (tuple, list, dict, set)):
        return _copy_builtin_sub(x, False, None)
    y = _new_like(x)
    _copy_state(x, y, False, None)
    return y


def _user_reduce(x):
    """The value of a `__reduce_ex__(4)` or `__reduce__()` the class (not
    object) defines, else None."""
    for c in type(x).__mro__:
        if c is object:
            break
        d = c.__dict__
        if '__reduce_ex__' in d:
            return x.__reduce_ex__(4)
        if '__reduce__' in d:
            return x.__reduce__()
    return None


def _reconstruct(x, rv, deep, memo):
    """The copy a reduce value describes: callable(*args), then its state
    (`__setstate__`, or a dict or (dict, slots) pair), list items and dict
    items."""
    callable_, args = rv[0], rv[1]
    state = rv[2] if len(rv) > 2 else None
    listiter = rv[3] if len(rv) > 3 else None
    dictiter = rv[4] if len(rv) > 4 else None
    if deep:
        args = deepcopy(args, memo)
    y = callable_(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                for k, v in state.items():
                    object.__setattr__(y, k, v)
            if slotstate:
                for k, v in slotstate.items():
                    setattr(y, k, v)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    return y


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        try:
            slots = c.__dict__.get('__slots__', ())
        except AttributeError:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name not in ('__dict__', '__weakref__') and name not in names:
                names.append(name)
    return names


def _copy_state(x, y, deep, memo):
    """Copies the instance dict and the `__slots__` values of `x` to `y`."""
    if hasattr(x, '__dict__'):
        for k, v in vars(x).items():
            object.__setattr__(y, k, deepcopy(v, memo) if deep else v)
    for name in _slot_names(type(x)):
        try:
            v = object.__getattribute__(x, name)
        except AttributeError:
            continue
        object.__setattr__(y, name, deepcopy(v, memo) if deep else v)


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
        rv = None if copier is not None else _user_reduce(x)
        if copier is not None:
            y = copier(memo)
        elif rv is not None:
            y = x if isinstance(rv, str) else _reconstruct(x, rv, True, memo)
        elif isinstance(x, (tuple, list, dict, set)):
            y = _copy_builtin_sub(x, True, memo)
        else:
            y = _new_like(x)
            memo[d] = y
            _copy_state(x, y, True, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _copy_builtin_sub(x, deep, memo):
    """Copy of an instance of a subclass of tuple, list, dict or set, the
    way CPython's __reduce_ex__ protocol does it: a user `__reduce__`, else
    `cls.__new__(cls, *x.__getnewargs__())` for tuples, else an empty
    `cls.__new__(cls)` refilled with the items; then the instance dict."""
    cls = type(x)
    reductor = getattr(cls, '__reduce__', None)
    if reductor is not None:
        return _reconstruct(x, reductor(x), deep, memo)
    if isinstance(x, tuple):
        getnewargs = getattr(cls, '__getnewargs__', None)
        args = getnewargs(x) if getnewargs is not None else (tuple(x),)
        if deep:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, *args)
        if deep:
            memo[id(x)] = y
    else:
        y = cls.__new__(cls)
        if deep:
            memo[id(x)] = y
        if isinstance(x, dict):
            for k, v in dict.items(x):
                if deep:
                    k = deepcopy(k, memo)
                    v = deepcopy(v, memo)
                y[k] = v
        elif isinstance(x, list):
            for v in x:
                y.append(deepcopy(v, memo) if deep else v)
        else:
            for v in x:
                y.add(deepcopy(v, memo) if deep else v)
    if hasattr(x, '__dict__'):
        for k, v in vars(x).items():
            object.__setattr__(y, k, deepcopy(v, memo) if deep else v)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
