"""cmath for Pyrite: mathematical functions for complex numbers.

Written for Pyrite, in Python over `math` (whose functions are the C
library's, as CPython's cmath uses).  The formulas follow the
numerically careful ones CPython documents for its cmath module, so
ordinary results are bit-identical; arguments with an infinite or NaN part
take their value from the special-value tables below, which were
generated from CPython's own answers by tools/gen_cmath_tables.py.
"""

import math as _m

_sqrt = _m.sqrt
_hypot = _m.hypot
_log = _m.log
_log1p = _m.log1p
_exp = _m.exp
_atan2 = _m.atan2
_copysign = _m.copysign
_fabs = _m.fabs
_ldexp = _m.ldexp
_cos = _m.cos
_sin = _m.sin
_tan = _m.tan
_cosh = _m.cosh
_sinh = _m.sinh
_tanh = _m.tanh
_asinh = _m.asinh

pi = _m.pi
e = _m.e
tau = _m.tau
inf = float("inf")
nan = float("nan")
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_INF = inf
_DBL_MAX = 1.7976931348623157e308
_DBL_MIN = 2.2250738585072014e-308
_LARGE = _DBL_MAX / 4.0
_SQRT_LARGE = _sqrt(_LARGE)
_LOG_LARGE = _log(_LARGE)
_SQRT_DBL_MIN = _sqrt(_DBL_MIN)
_LN2 = 0.6931471805599453
_LN10 = 2.302585092994046
_MANT_DIG = 53
_SCALE_UP = 53
_SCALE_DOWN = -27

# Error codes of the internal functions (C's errno values).
_OK = 0
_EDOM = 1
_ERANGE = 2

def _st(d):
    """The special-value class of float d: 0 -inf, 1 negative, 2 -0.0,
    3 +0.0, 4 positive, 5 +inf, 6 nan."""
    if d != d:
        return 6
    if d > 0.0:
        return 5 if d == _INF else 4
    if d < 0.0:
        return 0 if d == -_INF else 1
    return 3 if _copysign(1.0, d) > 0.0 else 2


def _finite(x):
    return x - x == 0.0


def _isinf(x):
    return x == _INF or x == -_INF


from _cmath_sv import (_exp_sv, _log_sv, _sqrt_sv, _acos_sv, _acosh_sv, _asinh_sv, _atanh_sv,
                       _cosh_sv, _sinh_sv, _tanh_sv, _rect_sv)


def _real_of(x):
    """A float argument, as CPython's PyFloat_AsDouble converts it."""
    t = type(x)
    if t is float:
        return x
    if t is int or t is bool or isinstance(x, float):
        return float(x)
    if not isinstance(x, complex):
        f = getattr(t, "__float__", None)
        if f is not None:
            r = f(x)
            if not isinstance(r, float):
                raise TypeError("%s.__float__ returned non-float (type %s)" % (t.__name__, type(r).__name__))
            return float(r)
        i = getattr(t, "__index__", None)
        if i is not None:
            return float(i(x))
    raise TypeError("must be real number, not %s" % t.__name__)


def _cplx(z):
    """A complex argument as (real, imag): complex, then __complex__, then
    a real number."""
    t = type(z)
    if t is complex:
        return z.real, z.imag
    if t is float:
        return z, 0.0
    if t is int or t is bool:
        return float(z), 0.0
    if isinstance(z, complex):
        return z.real, z.imag
    f = getattr(t, "__complex__", None)
    if f is not None:
        r = f(z)
        if not isinstance(r, complex):
            raise TypeError("__complex__ returned non-complex (type %s)" % type(r).__name__)
        return r.real, r.imag
    return _real_of(z), 0.0


def _fail(err):
    if err == _EDOM:
        raise ValueError("math domain error")
    raise OverflowError("math range error")


def _one(name, args, kw):
    if kw:
        raise TypeError("cmath.%s() takes no keyword arguments" % name)
    if len(args) != 1:
        raise TypeError("cmath.%s() takes exactly one argument (%d given)" % (name, len(args)))
    return _cplx(args[0])


def _c_sqrt(x, y):
    if not (_finite(x) and _finite(y)):
        return _sqrt_sv[_st(x)][_st(y)]
    if x == 0.0 and y == 0.0:
        return 0.0, y
    ax = _fabs(x)
    ay = _fabs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        # hypot(ax, ay) would be subnormal: scale up first.
        ax = _ldexp(ax, _SCALE_UP)
        s = _ldexp(_sqrt(ax + _hypot(ax, _ldexp(ay, _SCALE_UP))), _SCALE_DOWN)
    else:
        ax /= 8.0
        s = 2.0 * _sqrt(ax + _hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return s, _copysign(d, y)
    return d, _copysign(s, y)


def _c_exp(x, y):
    if not (_finite(x) and _finite(y)):
        if _isinf(x) and _finite(y) and y != 0.0:
            if x > 0.0:
                r = (_copysign(_INF, _cos(y)), _copysign(_INF, _sin(y)))
            else:
                r = (_copysign(0.0, _cos(y)), _copysign(0.0, _sin(y)))
        else:
            r = _exp_sv[_st(x)][_st(y)]
        if _isinf(y) and (_finite(x) or x == _INF):
            return r[0], r[1], _EDOM
        return r[0], r[1], _OK
    if x > _LOG_LARGE:
        l = _exp(x - 1.0)
        re = l * _cos(y) * e
        im = l * _sin(y) * e
    else:
        l = _exp(x)
        re = l * _cos(y)
        im = l * _sin(y)
    if _isinf(re) or _isinf(im):
        return re, im, _ERANGE
    return re, im, _OK


def _c_log(x, y):
    if not (_finite(x) and _finite(y)):
        r = _log_sv[_st(x)][_st(y)]
        return r[0], r[1], _OK
    ax = _fabs(x)
    ay = _fabs(y)
    if ax > _LARGE or ay > _LARGE:
        re = _log(_hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            # |z| is subnormal: scale up for an accurate hypot.
            re = _log(_hypot(_ldexp(ax, _MANT_DIG), _ldexp(ay, _MANT_DIG))) - _MANT_DIG * _LN2
        else:
            return -_INF, _atan2(y, x), _EDOM
    else:
        h = _hypot(ax, ay)
        if 0.71 <= h and h <= 1.73:
            # |z| near 1: log1p keeps the accuracy log(h) would lose.
            if ax > ay:
                am, an = ax, ay
            else:
                am, an = ay, ax
            re = _log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            re = _log(h)
    return re, _atan2(y, x), _OK


def _c_acos(x, y):
    if not (_finite(x) and _finite(y)):
        return _acos_sv[_st(x)][_st(y)]
    if _fabs(x) > _LARGE or _fabs(y) > _LARGE:
        re = _atan2(_fabs(y), x)
        t = _log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        if x < 0.0:
            return re, -_copysign(t, y)
        return re, _copysign(t, -y)
    s1r, s1i = _c_sqrt(1.0 - x, -y)
    s2r, s2i = _c_sqrt(1.0 + x, y)
    return 2.0 * _atan2(s1r, s2r), _asinh(s2r * s1i - s2i * s1r)


def _c_acosh(x, y):
    if not (_finite(x) and _finite(y)):
        return _acosh_sv[_st(x)][_st(y)]
    if _fabs(x) > _LARGE or _fabs(y) > _LARGE:
        return _log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, _atan2(y, x)
    s1r, s1i = _c_sqrt(x - 1.0, y)
    s2r, s2i = _c_sqrt(x + 1.0, y)
    return _asinh(s1r * s2r + s1i * s2i), 2.0 * _atan2(s1i, s2r)


def _c_asinh(x, y):
    if not (_finite(x) and _finite(y)):
        return _asinh_sv[_st(x)][_st(y)]
    if _fabs(x) > _LARGE or _fabs(y) > _LARGE:
        t = _log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        if y >= 0.0:
            re = _copysign(t, x)
        else:
            re = -_copysign(t, -x)
        return re, _atan2(y, _fabs(x))
    s1r, s1i = _c_sqrt(1.0 + y, -x)
    s2r, s2i = _c_sqrt(1.0 - y, x)
    return _asinh(s1r * s2i - s2r * s1i), _atan2(y, s1r * s2r - s1i * s2i)


def _c_atanh(x, y):
    if not (_finite(x) and _finite(y)):
        r = _atanh_sv[_st(x)][_st(y)]
        return r[0], r[1], _OK
    if x < 0.0:
        # atanh(z) = -atanh(-z)
        r, i, err = _c_atanh(-x, -y)
        return -r, -i, err
    ay = _fabs(y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        # |z| large: atanh(z) is about 1/z +/- i*pi/2.
        h = _hypot(x / 2.0, y / 2.0)
        return x / 4.0 / h / h, -_copysign(pi / 2.0, -y), _OK
    if x == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            return _INF, y, _EDOM
        return -_log(_sqrt(ay) / _sqrt(_hypot(ay, 2.0))), _copysign(_atan2(2.0, -ay) / 2, y), _OK
    re = _log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0
    im = -_atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0
    return re, im, _OK


def _c_cosh(x, y):
    if not (_finite(x) and _finite(y)):
        if _isinf(x) and _finite(y) and y != 0.0:
            if x > 0.0:
                r = (_copysign(_INF, _cos(y)), _copysign(_INF, _sin(y)))
            else:
                r = (_copysign(_INF, _cos(y)), -_copysign(_INF, _sin(y)))
        else:
            r = _cosh_sv[_st(x)][_st(y)]
        if _isinf(y) and x == x:
            return r[0], r[1], _EDOM
        return r[0], r[1], _OK
    if _fabs(x) > _LOG_LARGE:
        # cosh(x) may overflow where cosh(z) does not.
        xm1 = x - _copysign(1.0, x)
        re = _cos(y) * _cosh(xm1) * e
        im = _sin(y) * _sinh(xm1) * e
    else:
        re = _cos(y) * _cosh(x)
        im = _sin(y) * _sinh(x)
    if _isinf(re) or _isinf(im):
        return re, im, _ERANGE
    return re, im, _OK


def _c_sinh(x, y):
    if not (_finite(x) and _finite(y)):
        if _isinf(x) and _finite(y) and y != 0.0:
            if x > 0.0:
                r = (_copysign(_INF, _cos(y)), _copysign(_INF, _sin(y)))
            else:
                r = (-_copysign(_INF, _cos(y)), _copysign(_INF, _sin(y)))
        else:
            r = _sinh_sv[_st(x)][_st(y)]
        if _isinf(y) and x == x:
            return r[0], r[1], _EDOM
        return r[0], r[1], _OK
    if _fabs(x) > _LOG_LARGE:
        xm1 = x - _copysign(1.0, x)
        re = _cos(y) * _sinh(xm1) * e
        im = _sin(y) * _cosh(xm1) * e
    else:
        re = _cos(y) * _sinh(x)
        im = _sin(y) * _cosh(x)
    if _isinf(re) or _isinf(im):
        return re, im, _ERANGE
    return re, im, _OK


def _c_tanh(x, y):
    if not (_finite(x) and _finite(y)):
        if _isinf(x) and _finite(y) and y != 0.0:
            r = (1.0 if x > 0.0 else -1.0, _copysign(0.0, 2.0 * _sin(y) * _cos(y)))
        else:
            r = _tanh_sv[_st(x)][_st(y)]
        if _isinf(y) and _finite(x):
            return r[0], r[1], _EDOM
        return r[0], r[1], _OK
    if _fabs(x) > _LOG_LARGE:
        # 1 - tanh(x)**2 is about 4*exp(-2|x|) here; cosh(x) would overflow.
        return _copysign(1.0, x), 4.0 * _sin(y) * _cos(y) * _exp(-2.0 * _fabs(x)), _OK
    tx = _tanh(x)
    ty = _tan(y)
    cx = 1.0 / _cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx, _OK


def _done(r):
    if r[2]:
        _fail(r[2])
    return complex(r[0], r[1])


def sqrt(*args, **kw):
    x, y = _one("sqrt", args, kw)
    r = _c_sqrt(x, y)
    return complex(r[0], r[1])


def exp(*args, **kw):
    x, y = _one("exp", args, kw)
    return _done(_c_exp(x, y))


def log(*args, **kw):
    if kw:
        raise TypeError("cmath.log() takes no keyword arguments")
    if not args:
        raise TypeError("log expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError("log expected at most 2 arguments, got %d" % len(args))
    x, y = _cplx(args[0])
    r = _c_log(x, y)
    if len(args) == 1:
        return _done(r)
    bx, by = _cplx(args[1])
    b = _c_log(bx, by)
    err = b[2]
    try:
        q = complex(r[0], r[1]) / complex(b[0], b[1])
    except ZeroDivisionError:
        raise ValueError("math domain error") from None
    if err:
        _fail(err)
    return q


def log10(*args, **kw):
    x, y = _one("log10", args, kw)
    r = _c_log(x, y)
    return _done((r[0] / _LN10, r[1] / _LN10, r[2]))


def acos(*args, **kw):
    x, y = _one("acos", args, kw)
    r = _c_acos(x, y)
    return complex(r[0], r[1])


def acosh(*args, **kw):
    x, y = _one("acosh", args, kw)
    r = _c_acosh(x, y)
    return complex(r[0], r[1])


def asinh(*args, **kw):
    x, y = _one("asinh", args, kw)
    r = _c_asinh(x, y)
    return complex(r[0], r[1])


def asin(*args, **kw):
    # asin(z) = -i asinh(iz)
    x, y = _one("asin", args, kw)
    r = _c_asinh(-y, x)
    return complex(r[1], -r[0])


def atanh(*args, **kw):
    x, y = _one("atanh", args, kw)
    return _done(_c_atanh(x, y))


def atan(*args, **kw):
    # atan(z) = -i atanh(iz)
    x, y = _one("atan", args, kw)
    r = _c_atanh(-y, x)
    return _done((r[1], -r[0], r[2]))


def cosh(*args, **kw):
    x, y = _one("cosh", args, kw)
    return _done(_c_cosh(x, y))


def cos(*args, **kw):
    # cos(z) = cosh(iz)
    x, y = _one("cos", args, kw)
    return _done(_c_cosh(-y, x))


def sinh(*args, **kw):
    x, y = _one("sinh", args, kw)
    return _done(_c_sinh(x, y))


def sin(*args, **kw):
    # sin(z) = -i sinh(iz)
    x, y = _one("sin", args, kw)
    r = _c_sinh(-y, x)
    return _done((r[1], -r[0], r[2]))


def tanh(*args, **kw):
    x, y = _one("tanh", args, kw)
    return _done(_c_tanh(x, y))


def tan(*args, **kw):
    # tan(z) = -i tanh(iz)
    x, y = _one("tan", args, kw)
    r = _c_tanh(-y, x)
    return _done((r[1], -r[0], r[2]))


def _c_abs(x, y):
    if not (_finite(x) and _finite(y)):
        if _isinf(x):
            return _fabs(x)
        if _isinf(y):
            return _fabs(y)
        return nan
    r = _hypot(x, y)
    if _isinf(r):
        _fail(_ERANGE)
    return r


def _c_phase(x, y):
    if x != x or y != y:
        return nan
    return _atan2(y, x)


def phase(*args, **kw):
    x, y = _one("phase", args, kw)
    return _c_phase(x, y)


def polar(*args, **kw):
    x, y = _one("polar", args, kw)
    phi = _c_phase(x, y)
    return _c_abs(x, y), phi


def rect(*args, **kw):
    if kw:
        raise TypeError("cmath.rect() takes no keyword arguments")
    if len(args) != 2:
        raise TypeError("rect expected 2 arguments, got %d" % len(args))
    r = _real_of(args[0])
    phi = _real_of(args[1])
    if not (_finite(r) and _finite(phi)):
        if _isinf(r) and _finite(phi) and phi != 0.0:
            if r > 0.0:
                z = (_copysign(_INF, _cos(phi)), _copysign(_INF, _sin(phi)))
            else:
                z = (-_copysign(_INF, _cos(phi)), -_copysign(_INF, _sin(phi)))
        else:
            z = _rect_sv[_st(r)][_st(phi)]
        if r != 0.0 and r == r and _isinf(phi):
            _fail(_EDOM)
        return complex(z[0], z[1])
    if phi == 0.0:
        return complex(r, r * phi)
    return complex(r * _cos(phi), r * _sin(phi))


def isfinite(*args, **kw):
    x, y = _one("isfinite", args, kw)
    return _finite(x) and _finite(y)


def isnan(*args, **kw):
    x, y = _one("isnan", args, kw)
    return x != x or y != y


def isinf(*args, **kw):
    x, y = _one("isinf", args, kw)
    return _isinf(x) or _isinf(y)


def isclose(*args, **kw):
    if len(args) > 2:
        raise TypeError("isclose() takes exactly 2 positional arguments (%d given)" % len(args))
    vals = {"a": None, "b": None, "rel_tol": 1e-09, "abs_tol": 0.0}
    names = ["a", "b"]
    got = set()
    for k in range(len(args)):
        vals[names[k]] = args[k]
        got.add(names[k])
    for k in kw:
        if k not in vals:
            raise TypeError("'%s' is an invalid keyword argument for isclose()" % k)
        if k in got:
            pos = 1 if k == "a" else 2
            raise TypeError("argument for isclose() given by name ('%s') and position (%d)" % (k, pos))
        vals[k] = kw[k]
        got.add(k)
    for pos, k in ((1, "a"), (2, "b")):
        if k not in got:
            raise TypeError("isclose() missing required argument '%s' (pos %d)" % (k, pos))
    ax, ay = _cplx(vals["a"])
    bx, by = _cplx(vals["b"])
    rel_tol = _real_of(vals["rel_tol"])
    abs_tol = _real_of(vals["abs_tol"])
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if ax == bx and ay == by:
        return True
    if _isinf(ax) or _isinf(ay) or _isinf(bx) or _isinf(by):
        return False
    diff = _c_abs(ax - bx, ay - by)
    return diff <= rel_tol * _c_abs(bx, by) or diff <= rel_tol * _c_abs(ax, ay) or diff <= abs_tol


del _m
