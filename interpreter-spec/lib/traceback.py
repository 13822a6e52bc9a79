"""traceback: formatting and printing exceptions the way the interpreter
prints an uncaught one (over _pyrite.format_exception).

Tracebacks are not objects in Pyrite: an exception carries its formatted
frames, so the functions that take a traceback (print_tb, extract_tb, ...)
and the stack functions are not provided.
"""
import sys
import _pyrite

__all__ = ["format_exc", "format_exception", "format_exception_only", "print_exc",
           "print_exception", "print_exception_only"]


def _value(exc, value):
    # (etype, value, tb) as in Python < 3.10, or the exception alone.
    if value is not None:
        return value
    return exc


def _lines(text):
    return text.splitlines(keepends=True)


def format_exception(exc, value=None, tb=None, limit=None, chain=True):
    exc = _value(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    return _lines(_pyrite.format_exception(exc, ""))


def format_exception_only(exc, value=None):
    exc = _value(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    name = type(exc).__name__
    module = type(exc).__module__
    if module not in ("builtins", "__main__", None):
        name = module + "." + name
    text = str(exc)
    return [name + (": " + text if text else "") + "\n"]


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception()))


def print_exception(exc, value=None, tb=None, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    print("".join(format_exception(exc, value)), end="", file=file)


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), file=file)


def print_exception_only(exc, file=None):
    if file is None:
        file = sys.stderr
    print("".join(format_exception_only(exc)), end="", file=file)
