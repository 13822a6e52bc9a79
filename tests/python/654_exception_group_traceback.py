# An uncaught exception group: CPython's boxed traceback layout, nested
# groups, a sub-exception with its own traceback and a chained context.
def f():
    raise ValueError("inner")
def g():
    try:
        f()
    except ValueError as e:
        raise ExceptionGroup("many", [e, TypeError("t"), ExceptionGroup("nest", [KeyError("k"), OSError(2, "x")])])
g()
