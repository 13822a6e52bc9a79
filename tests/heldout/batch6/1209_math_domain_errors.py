import math

tests = [
    ("sqrt(-1)", lambda: math.sqrt(-1)),
    ("log(0)", lambda: math.log(0)),
    ("log(-5)", lambda: math.log(-5)),
    ("log10(-1)", lambda: math.log10(-1)),
    ("log2(0)", lambda: math.log2(0)),
    ("acos(2)", lambda: math.acos(2)),
    ("asin(-1.5)", lambda: math.asin(-1.5)),
    ("atanh(1)", lambda: math.atanh(1)),
    ("acosh(0.5)", lambda: math.acosh(0.5)),
    ("exp(1000)", lambda: math.exp(1000)),
    ("pow(0, -1)", lambda: math.pow(0, -1)),
    ("pow(-8, 1/3)", lambda: math.pow(-8, 1 / 3)),
    ("pow(10, 400)", lambda: math.pow(10.0, 400)),
    ("fmod(1, 0)", lambda: math.fmod(1, 0)),
    ("log(1, 1)", lambda: math.log(1, 1)),
    ("factorial(-1)", lambda: math.factorial(-1)),
    ("sqrt('4')", lambda: math.sqrt("4")),
    ("cosh(1000)", lambda: math.cosh(1000)),
    ("ldexp(1, 5000)", lambda: math.ldexp(1.0, 5000)),
    ("gamma(0)", lambda: math.gamma(0)),
    ("lgamma(-1)", lambda: math.lgamma(-1)),
]
for name, fn in tests:
    try:
        print(f"{name:<16} = {fn()}")
    except ZeroDivisionError as e:
        print(f"{name:<16} ZeroDivisionError: {e}")
    except ValueError as e:
        print(f"{name:<16} ValueError: {e}")
    except OverflowError as e:
        print(f"{name:<16} OverflowError: {e}")
    except TypeError as e:
        print(f"{name:<16} TypeError: {e}")
import cmath
print(cmath.sqrt(-1), cmath.log(-1))


def safe_sqrt(x):
    try:
        return math.sqrt(x)
    except ValueError:
        return complex(0, math.sqrt(-x))


print([safe_sqrt(v) for v in [4, -4, 0, 2.25]])
print(math.gamma(5), math.lgamma(1), math.erf(0), round(math.erfc(0), 3))
