import math

cases = [
    ("sqrt(-1)", lambda: math.sqrt(-1)),
    ("log(0)", lambda: math.log(0)),
    ("log(-5)", lambda: math.log(-5)),
    ("log10(0)", lambda: math.log10(0)),
    ("acos(2)", lambda: math.acos(2)),
    ("asin(-1.5)", lambda: math.asin(-1.5)),
    ("pow(0, -1)", lambda: math.pow(0, -1)),
    ("pow(-8, 1/3)", lambda: math.pow(-8, 1 / 3)),
    ("fmod(1, 0)", lambda: math.fmod(1, 0)),
    ("exp(1000)", lambda: math.exp(1000)),
    ("factorial(-1)", lambda: math.factorial(-1)),
    ("factorial(2.5)", lambda: math.factorial(2.5)),
    ("sqrt('4')", lambda: math.sqrt("4")),
    ("cosh(1000)", lambda: math.cosh(1000)),
]
for label, fn in cases:
    try:
        print(f"{label:14} = {fn()}")
    except ValueError as e:
        print(f"{label:14} ValueError: {e}")
    except OverflowError as e:
        print(f"{label:14} OverflowError: {e}")
    except ZeroDivisionError as e:
        print(f"{label:14} ZeroDivisionError: {e}")
    except TypeError as e:
        print(f"{label:14} TypeError")


def safe_log(x, default=float("-inf")):
    try:
        return math.log(x)
    except ValueError:
        return default


print([round(safe_log(v), 4) for v in (1, math.e, 10)], safe_log(0), safe_log(-1, None))
print(math.sqrt(0), math.log(1), math.acos(1), math.asin(1) == math.pi / 2, math.pow(0, 0), math.pow(-8, 2))
print((-8) ** (1 / 3))
