# math domain/range errors (caught)
import math
cases = [
    ("sqrt(-1)", lambda: math.sqrt(-1)),
    ("log(0)", lambda: math.log(0)),
    ("log(-5)", lambda: math.log(-5)),
    ("log(10, 1)", lambda: math.log(10, 1)),
    ("acos(2)", lambda: math.acos(2)),
    ("asin(-1.5)", lambda: math.asin(-1.5)),
    ("exp(1000)", lambda: math.exp(1000)),
    ("pow(0, -1)", lambda: math.pow(0, -1)),
    ("pow(-8, 1/3)", lambda: math.pow(-8, 1 / 3)),
    ("pow(10, 400)", lambda: math.pow(10.0, 400)),
    ("fmod(1, 0)", lambda: math.fmod(1, 0)),
    ("gamma(0)", lambda: math.gamma(0)),
    ("gamma(-1)", lambda: math.gamma(-1)),
    ("cosh(1000)", lambda: math.cosh(1000)),
    ("sqrt('4')", lambda: math.sqrt("4")),
    ("factorial(1000) ok", lambda: len(str(math.factorial(1000)))),
    ("log(2**2000)", lambda: round(math.log(2 ** 2000), 6)),
    ("sqrt(10**400)", lambda: math.sqrt(10 ** 400)),
]
for label, fn in cases:
    try:
        print(f"{label:<20} -> {fn()}")
    except (ValueError, OverflowError, ZeroDivisionError, TypeError) as e:
        print(f"{label:<20} !! {type(e).__name__}: {e}")
def safe_sqrt(x):
    try:
        return math.sqrt(x)
    except ValueError:
        return complex(0, math.sqrt(-x))
print(safe_sqrt(9), safe_sqrt(-9))
