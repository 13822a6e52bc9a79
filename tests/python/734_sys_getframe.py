# sys._getframe: f_code.co_name, f_lineno, f_locals (live), f_back, depth errors
import sys

def f(a, b=2):
    c = a + b
    fr = sys._getframe()
    print(fr.f_code.co_name, fr.f_lineno, sorted(fr.f_locals))
    print(fr.f_back.f_code.co_name, fr.f_back.f_lineno)
    print(sys._getframe(1).f_code.co_name, type(fr).__name__)
    return fr

def g():
    x = 5
    return f(1)

fr = g()
print(fr.f_locals['c'])

def who():
    return sys._getframe(1).f_code.co_name

def caller():
    return who()

print(caller())
try:
    sys._getframe(100)
except ValueError as e:
    print(e)
print(sys._getframe().f_code.co_name)

def depth():
    n = 0
    f = sys._getframe()
    while f is not None:
        n += 1
        f = f.f_back
    return n

print(depth(), (lambda: depth())())
