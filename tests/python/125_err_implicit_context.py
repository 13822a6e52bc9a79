# Uncaught exception raised in an except block: implicit context, and a
# `from None` that hides it in the first case.
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError("missing " + k) from None
try:
    lookup({}, "a")
except LookupError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
def cleanup():
    try:
        1 / 0
    except ZeroDivisionError:
        undefined_name
cleanup()
