# cmath: infinities and NaNs (CPython's special-value rules), domain/range errors, argument conversion.
import cmath

inf = float("inf")
nan = float("nan")
specials = [complex(inf, 0.0), complex(-inf, 1.0), complex(1.0, inf), complex(-0.0, -inf), complex(nan, 2.0),
            complex(0.0, nan), complex(inf, nan), complex(-inf, -inf), complex(-2.0, -0.0)]
for name in ["sqrt", "exp", "log", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh",
             "asinh", "acosh", "atanh", "log10"]:
    f = getattr(cmath, name)
    out = []
    for z in specials:
        try:
            out.append(repr(f(z)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, " ".join(out))
for z in specials:
    print(cmath.phase(z), cmath.polar(z), cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
for r, phi in [(inf, 0.0), (inf, 1.0), (-inf, 2.0), (0.0, inf), (1.0, inf), (nan, 0.0), (2.0, nan)]:
    try:
        print(cmath.rect(r, phi))
    except ValueError as e:
        print("ValueError", e)
cases = [(cmath.log, (0,)), (cmath.log, (0, 2)), (cmath.log, (2, 1)), (cmath.log, (2, 0)), (cmath.log10, (0j,)),
         (cmath.atanh, (1,)), (cmath.atanh, (-1 + 0j,)), (cmath.exp, (1000,)), (cmath.cosh, (1000 + 1j,)),
         (cmath.sin, (1e308j,)), (cmath.polar, (complex(1e308, 1e308),)), (cmath.sqrt, ("x",)),
         (cmath.exp, (None,)), (cmath.phase, ([1],)), (cmath.rect, (1j, 2)), (cmath.sqrt, (10 ** 400,)),
         (cmath.isclose, (1, 1.1), {"rel_tol": -1}), (cmath.isclose, (1, "x")), (cmath.log, (1, None))]
for case in cases:
    f, args = case[0], case[1]
    kw = case[2] if len(case) > 2 else {}
    try:
        print(f.__name__, f(*args, **kw))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


class C:
    def __complex__(self):
        return 3 + 4j


class F:
    def __float__(self):
        return 2.25


class I:
    def __index__(self):
        return 9


class Bad:
    def __complex__(self):
        return 1


print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.sqrt(True), cmath.phase(C()), cmath.rect(F(), I()))
try:
    cmath.sqrt(Bad())
except TypeError as e:
    print(e)
print(cmath.isclose(complex(inf, 0), complex(inf, 0)), cmath.isclose(complex(inf, 0), complex(-inf, 0)),
      cmath.isclose(nan, nan), cmath.isclose(1 + 2j, 1 + 2.00001j, rel_tol=1e-3, abs_tol=0.0))
