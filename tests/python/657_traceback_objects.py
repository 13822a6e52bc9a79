# Traceback objects: __traceback__, tb_next/tb_lineno/tb_frame, sys.exc_info()[2],
# with_traceback, and traceback.print_tb/format_tb/extract_tb/walk_tb.
import sys, traceback

def inner(n):
    if n == 0:
        raise ValueError("deep")
    inner(n - 1)

def outer():
    inner(2)

try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name)
    names = []
    t = tb
    while t is not None:
        names.append((t.tb_frame.f_code.co_name, t.tb_lineno, t.tb_frame.f_lineno))
        t = t.tb_next
    print(names)
    print(sys.exc_info()[2].tb_lineno, sys.exc_info()[2].tb_frame.f_globals["__name__"])
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
    for fs in traceback.extract_tb(tb):
        print(fs.filename == __file__, fs.lineno, fs.name, repr(fs.line))
    print("".join(traceback.format_tb(tb)), end="")
    traceback.print_tb(tb, limit=2, file=sys.stdout)
    print(traceback.format_tb(tb, limit=-1))
    fname, lineno, name, line = traceback.extract_tb(tb)[-1]
    print(lineno, name, line)
    print(traceback.format_list(traceback.extract_tb(tb)[:1]))
    saved = tb

try:
    raise KeyError("k")
except KeyError as e:
    print(e.__traceback__ is not None, e.__traceback__.tb_next)
    e2 = RuntimeError("again").with_traceback(saved)
    print(e2.__traceback__.tb_frame.f_code.co_name, e2.__traceback__.tb_next.tb_lineno)

def reraiser():
    try:
        raise TypeError("t")
    except TypeError as e:
        raise ValueError("v").with_traceback(e.__traceback__)

try:
    reraiser()
except ValueError as e:
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(e.__traceback__)])
print(ValueError("x").__traceback__, ValueError("y").with_traceback(None).__traceback__)
e = ValueError("z")
e.__traceback__ = saved
print(e.__traceback__.tb_lineno)
try:
    e.__traceback__ = 5
except TypeError as x:
    print(x)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise z.with_traceback(None)
except ZeroDivisionError as z:
    print([n for f, n in traceback.walk_tb(z.__traceback__)])
raise RuntimeError("final").with_traceback(saved)
