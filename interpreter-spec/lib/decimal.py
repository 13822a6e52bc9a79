"""Decimal fixed and floating point arithmetic (a subset of CPython 3.11's
decimal module, with its observable behaviour: results, str/repr, signals).

Written for Pyrite.  A finite Decimal is (sign, coefficient, exponent) with
the coefficient a Python int; specials are NaN, sNaN and Infinity.  The
current context is a module global (there are no threads).

Missing: logical operations, rotate/shift, compare_total beyond ties.
Non-integral powers, ln, log10 and exp are computed with a few guard
digits (almost always, not provably, correctly rounded).
"""

import math
import sys
from collections import namedtuple

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
    'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
    'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow',
    'Underflow', 'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP',
    'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
    'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext',
    'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)


# Signals and conditions

class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# In the order the C implementation lists them.
_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow,
            Underflow, Subnormal, Inexact, Rounded, Clamped]
_CONDITIONS = [ConversionSyntax, DivisionImpossible, DivisionUndefined,
               InvalidContext]


# The order of the flags and traps in a Context's repr (libmpdec's).
_REPR_ORDER = [Clamped, InvalidOperation, DivisionByZero, Inexact,
               FloatOperation, Overflow, Rounded, Subnormal, Underflow]


def _signal_of(cond):
    if cond in _CONDITIONS:
        return InvalidOperation
    return cond


DecimalTuple = namedtuple('DecimalTuple', 'sign digits exponent')


# Contexts

class Context(object):
    """Precision, rounding, exponent limits, flags and traps."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        dc = DefaultContext if '_default_ready' in globals() else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else (dc.capitals if dc else 1)
        self.clamp = clamp if clamp is not None else (dc.clamp if dc else 0)
        if traps is None:
            if dc is not None:
                traps = dict(dc.traps)
            else:
                traps = [InvalidOperation, DivisionByZero, Overflow]
        if not isinstance(traps, dict):
            traps = dict((s, s in traps) for s in _SIGNALS)
        else:
            traps = dict((s, bool(traps.get(s, False))) for s in _SIGNALS)
        if flags is None:
            flags = []
        if not isinstance(flags, dict):
            flags = dict((s, s in flags) for s in _SIGNALS)
        else:
            flags = dict((s, bool(flags.get(s, False))) for s in _SIGNALS)
        object.__setattr__(self, 'traps', traps)
        object.__setattr__(self, 'flags', flags)

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if value < 1 or value > MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'Emin':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if value > 0 or value < MIN_EMIN:
                raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        elif name == 'Emax':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if value < 0 or value > MAX_EMAX:
                raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError('valid values for rounding are:\n'
                                '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                                '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                                '   ROUND_05UP]')
        elif name in ('capitals', 'clamp'):
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if value not in (0, 1):
                raise ValueError('valid values for %s are 0 or 1' % name)
        elif name in ('flags', 'traps'):
            if not isinstance(value, dict):
                value = dict((s, s in value) for s in _SIGNALS)
        else:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __repr__(self):
        flags = [s.__name__ for s in _REPR_ORDER if self.flags.get(s)]
        traps = [s.__name__ for s in _REPR_ORDER if self.traps.get(s)]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, '
                'clamp=%d, flags=[%s], traps=[%s])' %
                (self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                 self.clamp, ', '.join(flags), ', '.join(traps)))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax,
                       self.capitals, self.clamp, dict(self.flags),
                       dict(self.traps))

    __copy__ = copy

    def __reduce__(self):
        flags = [s for s in _SIGNALS if self.flags.get(s)]
        traps = [s for s in _SIGNALS if self.traps.get(s)]
        return (self.__class__, (self.prec, self.rounding, self.Emin,
                                 self.Emax, self.capitals, self.clamp,
                                 flags, traps))

    def clear_flags(self):
        for s in _SIGNALS:
            self.flags[s] = False

    def clear_traps(self):
        for s in _SIGNALS:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def radix(self):
        return Decimal(10)

    def _raise(self, conditions):
        """Set the flags of the conditions' signals; raise the first trapped
        one, with the list of trapped conditions as CPython does."""
        trapped = []
        for cond in conditions:
            sig = _signal_of(cond)
            self.flags[sig] = True
            if self.traps.get(sig):
                trapped.append(cond)
        if trapped:
            first = None
            for sig in _SIGNALS:
                for cond in trapped:
                    if _signal_of(cond) is sig:
                        first = sig
                        break
                if first is not None:
                    break
            ordered = [c for c in [InvalidOperation] + _CONDITIONS if c in trapped]
            ordered += [s for s in _SIGNALS[1:] if s in trapped]
            raise first(ordered)

    def create_decimal(self, num='0'):
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            d = Decimal(_NAN_SENTINEL)
            self._raise([ConversionSyntax])
            return d
        d = Decimal(num, context=self)
        if d._special == 'n' or d._special == 'N':
            if d._int and len(str(d._int)) > self.prec - self.clamp:
                self._raise([ConversionSyntax])
                return _nan()
            return d
        return d._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    # Arithmetic through the context.
    def abs(self, a):
        return _conv(a, True).__abs__(context=self)

    def add(self, a, b):
        return _conv(a, True).__add__(b, context=self)

    def subtract(self, a, b):
        return _conv(a, True).__sub__(b, context=self)

    def multiply(self, a, b):
        return _conv(a, True).__mul__(b, context=self)

    def divide(self, a, b):
        return _conv(a, True).__truediv__(b, context=self)

    def divide_int(self, a, b):
        return _conv(a, True).__floordiv__(b, context=self)

    def remainder(self, a, b):
        return _conv(a, True).__mod__(b, context=self)

    def divmod(self, a, b):
        return _conv(a, True).__divmod__(b, context=self)

    def power(self, a, b, modulo=None):
        return _conv(a, True).__pow__(b, modulo, context=self)

    def minus(self, a):
        return _conv(a, True).__neg__(context=self)

    def plus(self, a):
        return _conv(a, True).__pos__(context=self)

    def sqrt(self, a):
        return _conv(a, True).sqrt(context=self)

    def exp(self, a):
        return _conv(a, True).exp(context=self)

    def ln(self, a):
        return _conv(a, True).ln(context=self)

    def log10(self, a):
        return _conv(a, True).log10(context=self)

    def quantize(self, a, b):
        return _conv(a, True).quantize(b, context=self)

    def normalize(self, a):
        return _conv(a, True).normalize(context=self)

    def compare(self, a, b):
        return _conv(a, True).compare(b, context=self)

    def max(self, a, b):
        return _conv(a, True).max(b, context=self)

    def min(self, a, b):
        return _conv(a, True).min(b, context=self)

    def fma(self, a, b, c):
        return _conv(a, True).fma(b, c, context=self)

    def to_integral_value(self, a):
        return _conv(a, True).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return _conv(a, True).to_integral_exact(context=self)

    def to_sci_string(self, a):
        return _conv(a, True).__str__(context=self)

    def to_eng_string(self, a):
        return _conv(a, True).to_eng_string(context=self)

    def is_zero(self, a):
        return _conv(a, True).is_zero()

    def is_signed(self, a):
        return _conv(a, True).is_signed()

    def is_nan(self, a):
        return _conv(a, True).is_nan()

    def is_finite(self, a):
        return _conv(a, True).is_finite()

    def is_infinite(self, a):
        return _conv(a, True).is_infinite()

    def copy_abs(self, a):
        return _conv(a, True).copy_abs()

    def copy_negate(self, a):
        return _conv(a, True).copy_negate()

    def next_plus(self, a):
        return _conv(a, True).next_plus(context=self)

    def next_minus(self, a):
        return _conv(a, True).next_minus(context=self)


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999,
                         Emax=999999, capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
_default_ready = True
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation,
                              Clamped, Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[],
                          flags=[])

_current = None


def getcontext():
    global _current
    if _current is None:
        _current = DefaultContext.copy()
    return _current


def setcontext(context):
    global _current
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current = context


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    if ctx is None:
        ctx = getcontext()
    ctx = ctx.copy()
    for key, value in kwargs.items():
        if key not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals',
                       'clamp', 'flags', 'traps'):
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        setattr(ctx, key, value)
    return _ContextManager(ctx)


# Helpers

def _ndigits(c):
    return len(str(c)) if c else 1


def _type_name(x):
    if isinstance(x, Decimal):
        return 'decimal.Decimal'
    return type(x).__name__


def _binop_error(sym, a, b):
    return TypeError("unsupported operand type(s) for %s: '%s' and '%s'" %
                     (sym, _type_name(a), _type_name(b)))


_REFLECTED = {'+': '__radd__', '-': '__rsub__', '*': '__rmul__', '/': '__rtruediv__',
              '//': '__rfloordiv__', '%': '__rmod__', 'divmod()': '__rdivmod__',
              '** or pow()': '__rpow__'}


def _no_reflected(other, sym=None):
    """True when the operation cannot succeed (the message then names
    'decimal.Decimal' as CPython's does): float, complex and Fraction never
    take a Decimal; other types are left to their reflected method."""
    if isinstance(other, (float, complex)) or type(other).__name__ == 'Fraction':
        return True
    if sym is None:
        return False
    return not hasattr(type(other), _REFLECTED[sym])


def _conv(x, raise_type=False):
    """x as a Decimal (ints exactly), or NotImplemented."""
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return Decimal(x)
    if raise_type:
        raise TypeError("conversion from %s to Decimal is not supported" % type(x).__name__)
    return NotImplemented


def _round_int(sign, c, n, rounding):
    """(c with its n lowest digits dropped and rounded, inexact)."""
    if n <= 0:
        return c * 10 ** (-n), False
    if n > _ndigits(c) + 1:
        # Everything is dropped, and it is less than half a unit.
        if not c:
            return 0, False
        if rounding in (ROUND_UP, ROUND_05UP) or (rounding == ROUND_CEILING and not sign) \
                or (rounding == ROUND_FLOOR and sign):
            return 1, True
        return 0, True
    p = 10 ** n
    q, r = divmod(c, p)
    if r == 0:
        return q, False
    if rounding == ROUND_HALF_EVEN:
        inc = 2 * r > p or (2 * r == p and q & 1)
    elif rounding == ROUND_HALF_UP:
        inc = 2 * r >= p
    elif rounding == ROUND_HALF_DOWN:
        inc = 2 * r > p
    elif rounding == ROUND_DOWN:
        inc = False
    elif rounding == ROUND_UP:
        inc = True
    elif rounding == ROUND_CEILING:
        inc = not sign
    elif rounding == ROUND_FLOOR:
        inc = bool(sign)
    else:  # ROUND_05UP
        inc = q % 10 in (0, 5)
    if inc:
        q += 1
    return q, True


def _new(sign, coeff, exp, special=None):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    d._special = special
    return d


def _nan(sign=0, payload=0):
    return _new(sign, payload, 0, 'n')


def _inf(sign=0):
    return _new(sign, 0, 0, 'F')


_NAN_SENTINEL = 'NaN'


def _parse(s):
    """(sign, coeff, exp, special) from a numeric string, or None."""
    # As in CPython's C implementation, underscores are dropped anywhere.
    s = s.strip().replace('_', '')
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return (sign, 0, 0, 'F')
    if low.startswith('nan') or low.startswith('snan'):
        special = 'n' if low.startswith('nan') else 'N'
        rest = s[3:] if special == 'n' else s[4:]
        if rest == '':
            return (sign, 0, 0, special)
        if not rest.isdecimal():
            return None
        return (sign, int(rest), 0, special)
    epos = -1
    for i in range(len(s)):
        if s[i] in 'eE':
            epos = i
            break
    exp = 0
    mant = s
    if epos >= 0:
        mant = s[:epos]
        es = s[epos + 1:]
        body = es[1:] if es[:1] in ('+', '-') else es
        if not body or not body.isdecimal():
            return None
        exp = int(es)
    whole, dot, frac = mant.partition('.')
    if (whole and not whole.isdecimal()) or (frac and not frac.isdecimal()):
        return None
    if not whole and not frac:
        return None
    digits = whole + frac
    return (sign, int(digits), exp - len(frac), None)


class Decimal(object):
    """Floating point class for decimal arithmetic."""

    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            r = _parse(value)
            if r is None:
                if context is None:
                    context = getcontext()
                context._raise([ConversionSyntax])
                r = (0, 0, 0, 'n')
            self._sign, self._int, self._exp, self._special = r
            return self
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = -value if value < 0 else value
            self._int = int(self._int)
            self._exp = 0
            self._special = None
            return self
        if isinstance(value, Decimal):
            self._sign = value._sign
            self._int = value._int
            self._exp = value._exp
            self._special = value._special
            return self
        if isinstance(value, float):
            if context is None:
                context = getcontext()
            context._raise([FloatOperation])
            d = Decimal.from_float(value)
            self._sign, self._int, self._exp, self._special = d._sign, d._int, d._exp, d._special
            return self
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError('sign must be an integer with the value 0 or 1')
            c = 0
            for dg in digits:
                if not isinstance(dg, int) or dg < 0 or dg > 9:
                    raise ValueError('coefficient must be a tuple of digits')
                c = c * 10 + dg
            self._sign = sign
            self._int = c
            if exp == 'F':
                self._int = 0
                self._exp = 0
                self._special = 'F'
            elif exp in ('n', 'N'):
                self._exp = 0
                self._special = exp
            elif isinstance(exp, int):
                self._exp = exp
                self._special = None
            else:
                raise ValueError('exponent must be an integer')
            return self
        raise TypeError("conversion from %s to Decimal is not supported" %
                        type(value).__name__)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = Decimal(f)
        elif not isinstance(f, float):
            raise TypeError("argument must be int or float")
        elif math.isnan(f):
            d = _nan(1 if math.copysign(1.0, f) < 0 else 0)
        elif math.isinf(f):
            d = _inf(1 if f < 0 else 0)
        else:
            sign = 1 if math.copysign(1.0, f) < 0 else 0
            n, den = abs(f).as_integer_ratio()
            k = den.bit_length() - 1
            d = _new(sign, n * 5 ** k, -k)
        if cls is Decimal:
            return d
        return cls(d)

    # Properties and predicates

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __complex__(self):
        return complex(float(self))

    def as_tuple(self):
        if self._special == 'F':
            return DecimalTuple(self._sign, (0,), 'F')
        digits = tuple(int(ch) for ch in str(self._int)) if (self._int or not self._special) else ()
        if self._special:
            return DecimalTuple(self._sign, digits, self._special)
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._special:
            if self._special == 'F':
                raise OverflowError("cannot convert Infinity to integer ratio")
            raise ValueError("cannot convert NaN to integer ratio")
        if not self._int:
            return 0, 1
        n = self._int
        if self._exp >= 0:
            n = n * 10 ** self._exp
            d = 1
        else:
            d = 10 ** -self._exp
            g = math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def canonical(self):
        return self

    def is_canonical(self):
        return True

    def is_nan(self):
        return self._special in ('n', 'N')

    def is_qnan(self):
        return self._special == 'n'

    def is_snan(self):
        return self._special == 'N'

    def is_infinite(self):
        return self._special == 'F'

    def is_finite(self):
        return not self._special

    def is_zero(self):
        return not self._special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        if self._special or not self._int:
            return False
        if context is None:
            context = getcontext()
        return context.Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if self._special or not self._int:
            return False
        if context is None:
            context = getcontext()
        return self.adjusted() < context.Emin

    def number_class(self, context=None):
        if self._special == 'N':
            return 'sNaN'
        if self._special == 'n':
            return 'NaN'
        s = '-' if self._sign else '+'
        if self._special == 'F':
            return s + 'Infinity'
        if not self._int:
            return s + 'Zero'
        if self.is_subnormal(context):
            return s + 'Subnormal'
        return s + 'Normal'

    def radix(self):
        return Decimal(10)

    def copy_abs(self):
        return _new(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return _new(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _conv(other, True)
        return _new(other._sign, self._int, self._exp, self._special)

    def same_quantum(self, other, context=None):
        other = _conv(other, True)
        if self._special or other._special:
            return (self.is_nan() and other.is_nan()) or (self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    # String conversion

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._special:
            if self._special == 'F':
                return sign + 'Infinity'
            payload = str(self._int) if self._int else ''
            if self._special == 'n':
                return sign + 'NaN' + payload
            return sign + 'sNaN' + payload
        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace]
            fracpart = '.' + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            if context is None:
                context = getcontext()
            exp = ['e', 'E'][context.capitals] + '%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    # Rounding to a context

    def _fix(self, context):
        """self rounded to the context's precision and exponent limits."""
        if self._special:
            if self._special == 'N':
                context._raise([InvalidOperation])
                return _nan(self._sign, self._int)
            return self
        return _finish(self._sign, self._int, self._exp, context)

    # Comparison

    def _cmp(self, other):
        """-1, 0, 1 for finite or infinite self and other (no NaNs)."""
        if self._special or other._special:
            a = 0 if not self._special else (-1 if self._sign else 1)
            b = 0 if not other._special else (-1 if other._sign else 1)
            if a or b:
                if a == b:
                    return 0
                if a:
                    return a
                return -b
        if not self._int:
            if not other._int:
                return 0
            return 1 if other._sign else -1
        if not other._int:
            return -1 if self._sign else 1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        s = -1 if self._sign else 1
        aa = self.adjusted()
        ab = other.adjusted()
        if aa != ab:
            return s if aa > ab else -s
        e = min(self._exp, other._exp)
        x = self._int * 10 ** (self._exp - e)
        y = other._int * 10 ** (other._exp - e)
        if x == y:
            return 0
        return s if x > y else -s

    def _compare_other(self, other, ordering):
        """other as a Decimal for comparisons, or a (n, d) ratio for
        Fractions, or NotImplemented."""
        if isinstance(other, (Decimal, int)):
            return _conv(other)
        if isinstance(other, float):
            ctx = getcontext()
            if ordering:
                ctx._raise([FloatOperation])
            else:
                ctx.flags[FloatOperation] = True
            return Decimal.from_float(other)
        if isinstance(other, complex) and not ordering and other.imag == 0:
            ctx = getcontext()
            ctx.flags[FloatOperation] = True
            return Decimal.from_float(other.real)
        if hasattr(other, 'numerator') and hasattr(other, 'denominator') and not isinstance(other, bool):
            return other
        return NotImplemented

    def _rich(self, other, op):
        o = self._compare_other(other, True)
        if o is NotImplemented:
            return NotImplemented
        if not isinstance(o, Decimal):
            if self._special:
                if self.is_nan():
                    getcontext()._raise([InvalidOperation])
                    return False
                c = -1 if self._sign else 1
            else:
                n, d = self.as_integer_ratio()
                x = n * o.denominator
                y = o.numerator * d
                c = (x > y) - (x < y)
        else:
            if self.is_nan() or o.is_nan():
                getcontext()._raise([InvalidOperation])
                return False
            c = self._cmp(o)
        if op == '<':
            return c < 0
        if op == '<=':
            return c <= 0
        if op == '>':
            return c > 0
        return c >= 0

    def __eq__(self, other):
        o = self._compare_other(other, False)
        if o is NotImplemented:
            return NotImplemented
        if self._special == 'N' or (isinstance(o, Decimal) and o._special == 'N'):
            getcontext()._raise([InvalidOperation])
            return False
        if self.is_nan() or (isinstance(o, Decimal) and o.is_nan()):
            return False
        if not isinstance(o, Decimal):
            if self._special:
                return False
            n, d = self.as_integer_ratio()
            return n * o.denominator == o.numerator * d
        return self._cmp(o) == 0

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __lt__(self, other):
        return self._rich(other, '<')

    def __le__(self, other):
        return self._rich(other, '<=')

    def __gt__(self, other):
        return self._rich(other, '>')

    def __ge__(self, other):
        return self._rich(other, '>=')

    def compare(self, other, context=None):
        other = _conv(other, True)
        if context is None:
            context = getcontext()
        if self.is_nan() or other.is_nan():
            return _nan_result(self, other, context)
        return Decimal(self._cmp(other))

    def compare_signal(self, other, context=None):
        other = _conv(other, True)
        if context is None:
            context = getcontext()
        if self.is_nan() or other.is_nan():
            context._raise([InvalidOperation])
            return _nan()
        return Decimal(self._cmp(other))

    def compare_total(self, other, context=None):
        other = _conv(other, True)
        return Decimal(_total_key(self) > _total_key(other)) - Decimal(_total_key(self) < _total_key(other))

    def max(self, other, context=None):
        other = _conv(other, True)
        if context is None:
            context = getcontext()
        if self.is_nan() or other.is_nan():
            if self.is_snan() or other.is_snan() or not (self.is_nan() and other.is_nan()) is False:
                pass
            if self.is_qnan() and not other.is_nan():
                return other._fix(context)
            if other.is_qnan() and not self.is_nan():
                return self._fix(context)
            return _nan_result(self, other, context)
        c = self._cmp(other)
        if c == 0:
            c = _total_key(self) > _total_key(other) and 1 or -1
        return (self if c > 0 else other)._fix(context)

    def min(self, other, context=None):
        other = _conv(other, True)
        if context is None:
            context = getcontext()
        if self.is_nan() or other.is_nan():
            if self.is_qnan() and not other.is_nan():
                return other._fix(context)
            if other.is_qnan() and not self.is_nan():
                return self._fix(context)
            return _nan_result(self, other, context)
        c = self._cmp(other)
        if c == 0:
            c = _total_key(self) > _total_key(other) and 1 or -1
        return (self if c < 0 else other)._fix(context)

    def __hash__(self):
        if self._special:
            if self._special == 'N':
                raise TypeError('Cannot hash a signaling NaN value.')
            if self._special == 'n':
                return object.__hash__(self)
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, _HASH_MODULUS)
        else:
            exp_hash = pow(_HASH_10INV, -self._exp, _HASH_MODULUS)
        hash_ = self._int * exp_hash % _HASH_MODULUS
        ans = -hash_ if self._sign else hash_
        return -2 if ans == -1 else ans

    def __bool__(self):
        return bool(self._special) or self._int != 0

    # Conversions

    def __int__(self):
        if self._special:
            if self._special == 'F':
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n = self._int // 10 ** -self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def __float__(self):
        if self._special:
            if self._special == 'N':
                raise ValueError("cannot convert signaling NaN to float")
            if self._special == 'n':
                return float('-nan') if self._sign else float('nan')
            return float('-inf') if self._sign else float('inf')
        return float(str(self))

    def __floor__(self):
        return int(self._check_int().to_integral_value(rounding=ROUND_FLOOR))

    def __ceil__(self):
        return int(self._check_int().to_integral_value(rounding=ROUND_CEILING))

    def _check_int(self):
        if self._special:
            if self._special == 'F':
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        return self

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('optional arg must be an integer')
            return self.quantize(_new(0, 1, -n))
        self._check_int()
        return int(self._rescale(0, ROUND_HALF_EVEN))

    def __format__(self, spec, context=None):
        return _format(self, spec, context)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    # Unary operations (rounded to the context)

    def __neg__(self, context=None):
        if context is None:
            context = getcontext()
        if self.is_nan():
            return _nan_result(self, None, context)
        if not self._special and not self._int and context.rounding != ROUND_FLOOR:
            ans = self.copy_abs()
        else:
            ans = self.copy_negate()
        return ans._fix(context)

    def __pos__(self, context=None):
        if context is None:
            context = getcontext()
        if self.is_nan():
            return _nan_result(self, None, context)
        if not self._special and not self._int and context.rounding != ROUND_FLOOR:
            ans = self.copy_abs()
        else:
            ans = self
        return ans._fix(context)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        if context is None:
            context = getcontext()
        if self.is_nan():
            return _nan_result(self, None, context)
        return self.copy_abs()._fix(context)

    # Binary arithmetic

    def __add__(self, other, context=None):
        o = _conv(other)
        if o is NotImplemented:
            if _no_reflected(other, '+'):
                raise _binop_error('+', self, other)
            return o
        return _add(self, o, context)

    def __radd__(self, other, context=None):
        o = _conv(other)
        if o is NotImplemented:
            if _no_reflected(other):
                raise _binop_error('+', other, self)
            return o
        return _add(o, self, context)

    def __sub__(self, other, context=None):
        o = _conv(other)
        if o is NotImplemented:
            if _no_reflected(other, '-'):
                raise _binop_error('-', self, other)
            return o
        return _add(self, o.copy_negate(), context, o)

    def __rsub__(self, other, context=None):
        o = _conv(other)
        if o is NotImplemented:
            if _no_reflected(other):
                raise _binop_error('-', other, self)
            return o
        return _add(o, self.copy_negate(), context, self)

    def __mul__(self, other, context=None):
        o = _conv(other)
        if o is NotImplemented:
            if _no_reflected(other, '*'):
                raise _binop_error('*', self, other)
            return o
        return _mul(self, o, context)

    def __rmul__(self, other, context=None):
        o = _conv(other)
        if o is NotImplemented:
            if _no_reflected(other):
                raise _binop_error('*', other, self)
            return o
        return _mul(o, self, context)

    def __truediv__(self, other, context=None):
        o = _conv(other)
        if o is NotImplemented:
            if _no_reflected(other, '/'):
                raise _binop_error('/', self, other)
            return o
        return _div(self, o, context)

    def __rtruediv__(self, other, context=None):
        o = _conv(other)
        if o is NotImplemented:
            if _no_reflected(other):
                raise _binop_error('/', other, self)
            return o
        return _div(o, self, context)

    def __floordiv__(self, other, context=None):
        o = _conv(other)
        if o is NotImplemented:
            if _no_reflected(other, '//'):
                raise _binop_error('//', self, other)
            return o
        return _divmod(self, o, context, 'div')[0]

    def __rfloordiv__(self, other, context=None):
        o = _conv(other)
        if o is NotImplemented:
            if _no_reflected(other):
                raise _binop_error('//', other, self)
            return o
        return _divmod(o, self, context, 'div')[0]

    def __mod__(self, other, context=None):
        o = _conv(other)
        if o is NotImplemented:
            if _no_reflected(other, '%'):
                raise _binop_error('%', self, other)
            return o
        return _divmod(self, o, context, 'mod')[1]

    def __rmod__(self, other, context=None):
        o = _conv(other)
        if o is NotImplemented:
            if _no_reflected(other):
                raise _binop_error('%', other, self)
            return o
        return _divmod(o, self, context, 'mod')[1]

    def __divmod__(self, other, context=None):
        o = _conv(other)
        if o is NotImplemented:
            if _no_reflected(other, 'divmod()'):
                raise _binop_error('divmod()', self, other)
            return o
        return _divmod(self, o, context)

    def __rdivmod__(self, other, context=None):
        o = _conv(other)
        if o is NotImplemented:
            if _no_reflected(other):
                raise _binop_error('divmod()', other, self)
            return o
        return _divmod(o, self, context)

    def __pow__(self, other, modulo=None, context=None):
        o = _conv(other)
        if o is NotImplemented:
            if _no_reflected(other, '** or pow()'):
                raise _binop_error('** or pow()', self, other)
            return o
        if modulo is not None:
            return _powmod(self, o, _conv(modulo, True), context)
        return _pow(self, o, context)

    def __rpow__(self, other, modulo=None, context=None):
        o = _conv(other)
        if o is NotImplemented:
            if _no_reflected(other):
                raise _binop_error('** or pow()', other, self)
            return o
        return _pow(o, self, context)

    def remainder_near(self, other, context=None):
        other = _conv(other, True)
        if context is None:
            context = getcontext()
        if self.is_nan() or other.is_nan():
            return _nan_result(self, other, context)
        if self._special or not other._int or other._special:
            if self._special == 'F' or not other._int and not other._special:
                context._raise([InvalidOperation] if (self._int or self._special) else [DivisionUndefined])
                return _nan()
            return self._fix(context)
        e = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - e)
        b = other._int * 10 ** (other._exp - e)
        q, r = divmod(a, b)
        if 2 * r > b or (2 * r == b and q & 1):
            r -= b
            q += 1
        if _ndigits(q) > context.prec:
            context._raise([DivisionImpossible])
            return _nan()
        sign = self._sign
        if r < 0:
            sign = 1 - sign
            r = -r
        return _finish(sign, r, e, context)

    def fma(self, other, third, context=None):
        other = _conv(other, True)
        third = _conv(third, True)
        if context is None:
            context = getcontext()
        big = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])
        prod = _mul(self, other, big)
        if prod.is_nan() and not self.is_nan() and not other.is_nan():
            context._raise([InvalidOperation])
            return _nan()
        return _add(prod, third, context)

    # Rescaling

    def _rescale(self, exp, rounding):
        """self with exponent exp (no context checks); specials unchanged."""
        if self._special:
            return self
        if not self._int:
            return _new(self._sign, 0, exp)
        c, inexact = _round_int(self._sign, self._int, exp - self._exp, rounding)
        return _new(self._sign, c, exp)

    def quantize(self, exp, rounding=None, context=None):
        exp = _conv(exp, True)
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._special or exp._special:
            if self.is_nan() or exp.is_nan():
                return _nan_result(self, exp, context)
            if self.is_infinite() and exp.is_infinite():
                return self
            context._raise([InvalidOperation])
            return _nan()
        if not (context.Etiny() <= exp._exp <= context.Emax):
            context._raise([InvalidOperation])
            return _nan()
        if not self._int:
            ans = _new(self._sign, 0, exp._exp)
            return ans
        if self.adjusted() > context.Emax:
            context._raise([InvalidOperation])
            return _nan()
        if _ndigits(self._int) + self._exp - exp._exp > context.prec:
            context._raise([InvalidOperation])
            return _nan()
        c, inexact = _round_int(self._sign, self._int, exp._exp - self._exp, rounding)
        if _ndigits(c) > context.prec:
            context._raise([InvalidOperation])
            return _nan()
        ans = _new(self._sign, c, exp._exp)
        conds = []
        if exp._exp > self._exp:
            if c or inexact:
                conds.append(Rounded)
            if inexact:
                conds.append(Inexact)
        if ans._int and ans.adjusted() < context.Emin:
            conds.append(Subnormal)
        if conds:
            context._raise(conds)
        return ans

    def to_integral_value(self, rounding=None, context=None):
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._special:
            if self.is_nan():
                return _nan_result(self, None, context)
            return self
        if self._exp >= 0:
            return self
        return self._rescale(0, rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._special:
            if self.is_nan():
                return _nan_result(self, None, context)
            return self
        if self._exp >= 0:
            return self
        if not self._int:
            return _new(self._sign, 0, 0)
        c, inexact = _round_int(self._sign, self._int, -self._exp, rounding)
        context._raise([Rounded, Inexact] if inexact else [Rounded])
        return _new(self._sign, c, 0)

    def normalize(self, context=None):
        if context is None:
            context = getcontext()
        if self._special:
            if self.is_nan():
                return _nan_result(self, None, context)
            return self
        dup = self._fix(context)
        if dup._special:
            return dup
        if not dup._int:
            return _new(dup._sign, 0, 0)
        c, e = dup._int, dup._exp
        exp_max = context.Emax if not context.clamp else context.Etop()
        while c % 10 == 0 and e < exp_max:
            c //= 10
            e += 1
        return _new(dup._sign, c, e)

    reduce = normalize

    def scaleb(self, other, context=None):
        other = _conv(other, True)
        if context is None:
            context = getcontext()
        if self.is_nan() or other.is_nan():
            return _nan_result(self, other, context)
        if other._special or other._exp != 0:
            context._raise([InvalidOperation])
            return _nan()
        if self._special:
            return self
        return _finish(self._sign, self._int, self._exp + int(other), context)

    def logb(self, context=None):
        if context is None:
            context = getcontext()
        if self.is_nan():
            return _nan_result(self, None, context)
        if self._special == 'F':
            return _inf()
        if not self._int:
            context._raise([DivisionByZero])
            return _inf(1)
        return _finish(*_from_int(self.adjusted()), context)

    def next_plus(self, context=None):
        if context is None:
            context = getcontext()
        if self.is_nan():
            return _nan_result(self, None, context)
        if self._special == 'F':
            if self._sign:
                return _new(1, 10 ** context.prec - 1, context.Etop())
            return self
        ctx = context.copy()
        ctx.rounding = ROUND_CEILING
        ctx.traps = dict((s, False) for s in _SIGNALS)
        r = self._fix(ctx)
        if r._cmp(self) != 0:
            return r
        tiny = _new(0, 1, context.Etiny() - 1)
        return _add(self, tiny, ctx)

    def next_minus(self, context=None):
        if context is None:
            context = getcontext()
        if self.is_nan():
            return _nan_result(self, None, context)
        if self._special == 'F':
            if not self._sign:
                return _new(0, 10 ** context.prec - 1, context.Etop())
            return self
        ctx = context.copy()
        ctx.rounding = ROUND_FLOOR
        ctx.traps = dict((s, False) for s in _SIGNALS)
        r = self._fix(ctx)
        if r._cmp(self) != 0:
            return r
        tiny = _new(1, 1, context.Etiny() - 1)
        return _add(self, tiny, ctx)

    def next_toward(self, other, context=None):
        other = _conv(other, True)
        if context is None:
            context = getcontext()
        if self.is_nan() or other.is_nan():
            return _nan_result(self, other, context)
        c = self._cmp(other)
        if c == 0:
            return self.copy_sign(other)
        return self.next_plus(context) if c < 0 else self.next_minus(context)

    # Functions

    def sqrt(self, context=None):
        if context is None:
            context = getcontext()
        if self._special:
            if self.is_nan():
                return _nan_result(self, None, context)
            if self._sign:
                context._raise([InvalidOperation])
                return _nan()
            return self
        ideal = self._exp // 2
        if not self._int:
            return _finish(self._sign, 0, ideal, context)
        if self._sign:
            context._raise([InvalidOperation])
            return _nan()
        prec = context.prec
        c = self._int
        e = self._exp
        if e & 1:
            c *= 10
            e -= 1
        l = (_ndigits(c) + 1) // 2
        shift = prec + 1 - l
        if shift >= 0:
            c *= 100 ** shift
            exact = True
        else:
            c, rem = divmod(c, 100 ** -shift)
            exact = not rem
        e = e // 2 - shift
        n = math.isqrt(c)
        exact = exact and n * n == c
        if exact:
            while e < ideal and n % 10 == 0:
                n //= 10
                e += 1
            if e < ideal and _ndigits(n) < prec:
                pass
        else:
            if n % 5 == 0:
                n += 1
        ctx = context.copy()
        ctx.traps = context.traps
        ctx.flags = context.flags
        ctx.rounding = ROUND_HALF_EVEN
        return _finish(0, n, e, ctx)

    def exp(self, context=None):
        if context is None:
            context = getcontext()
        if self._special:
            if self.is_nan():
                return _nan_result(self, None, context)
            return Decimal(0) if self._sign else self
        if not self._int:
            return Decimal(1)
        return _func_result(_exp_fixed, self, context)

    def ln(self, context=None):
        if context is None:
            context = getcontext()
        if self._special:
            if self.is_nan():
                return _nan_result(self, None, context)
            if self._sign:
                context._raise([InvalidOperation])
                return _nan()
            return self
        if not self._int:
            return _inf(1)
        if self._sign:
            context._raise([InvalidOperation])
            return _nan()
        if self._int == 1 and self._exp == 0:
            return Decimal(0)
        return _func_result(_ln_fixed, self, context)

    def log10(self, context=None):
        if context is None:
            context = getcontext()
        if self._special:
            if self.is_nan():
                return _nan_result(self, None, context)
            if self._sign:
                context._raise([InvalidOperation])
                return _nan()
            return self
        if not self._int:
            return _inf(1)
        if self._sign:
            context._raise([InvalidOperation])
            return _nan()
        # Exact powers of ten.
        s = str(self._int)
        if s.strip('0') == '1' and s[0] == '1':
            return Decimal(self._exp + len(s) - 1)
        return _func_result(_log10_fixed, self, context)


# Hash constants (as for ints and floats).
_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf
_HASH_10INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


def _total_key(d):
    """A key ordering Decimals as compare_total does, for ties in max/min."""
    if d._special:
        rank = {'F': 3, 'n': 5, 'N': 4}[d._special]
        v = (rank, d._int)
    else:
        v = (2, 0)
    if d._sign:
        return (-v[0], -v[1]) if d._special else (0, 0)
    return v if d._special else (2, d._exp)


def _from_int(n):
    return (1 if n < 0 else 0, abs(n), 0)


def _nan_result(a, b, context):
    """The NaN result of an operation with a NaN operand (sNaN signals)."""
    if a.is_snan() or (b is not None and b.is_snan()):
        context._raise([InvalidOperation])
        src = a if a.is_snan() else b
    elif a.is_nan():
        src = a
    else:
        src = b
    payload = src._int
    if payload and len(str(payload)) > context.prec - context.clamp:
        payload = int(str(payload)[-(context.prec - context.clamp):] or '0')
    return _nan(src._sign, payload)


def _finish(sign, coeff, exp, context):
    """The Decimal sign * coeff * 10**exp rounded to the context."""
    if context is None:
        context = getcontext()
    prec = context.prec
    Etiny = context.Emin - prec + 1
    Etop = context.Emax - prec + 1
    if not coeff:
        exp_max = Etop if context.clamp else context.Emax
        new_exp = min(max(exp, Etiny), exp_max)
        if new_exp != exp:
            context._raise([Clamped])
        return _new(sign, 0, new_exp)
    nd = _ndigits(coeff)
    adj = exp + nd - 1
    conds = []
    if adj < context.Emin:
        # Subnormal range
        exp_min = max(exp + nd - prec, Etiny)
        if exp < exp_min:
            coeff, inexact = _round_int(sign, coeff, exp_min - exp, context.rounding)
            exp = exp_min
            conds.append(Subnormal)
            conds.append(Rounded)
            if inexact:
                conds.append(Inexact)
                conds.append(Underflow)
            if not coeff:
                conds.append(Clamped)
            if coeff and _ndigits(coeff) > prec:
                coeff //= 10
                exp += 1
        else:
            conds.append(Subnormal)
        context._raise(_order(conds))
        return _new(sign, coeff, exp)
    exp_min = exp + nd - prec
    if exp < exp_min:
        coeff, inexact = _round_int(sign, coeff, exp_min - exp, context.rounding)
        exp = exp_min
        if _ndigits(coeff) > prec:
            coeff //= 10
            exp += 1
        conds.append(Rounded)
        if inexact:
            conds.append(Inexact)
    if exp + _ndigits(coeff) - 1 > context.Emax:
        context._raise(_order(conds + [Overflow, Inexact, Rounded]))
        r = context.rounding
        if (r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
                or (r == ROUND_CEILING and not sign) or (r == ROUND_FLOOR and sign)):
            return _inf(sign)
        return _new(sign, 10 ** prec - 1, Etop)
    if context.clamp and exp > Etop:
        coeff *= 10 ** (exp - Etop)
        exp = Etop
        conds.append(Clamped)
    if conds:
        context._raise(_order(conds))
    return _new(sign, coeff, exp)


def _order(conds):
    out = []
    for s in _SIGNALS:
        if s in conds and s not in out:
            out.append(s)
    return out


def _add(a, b, context, orig_b=None):
    if context is None:
        context = getcontext()
    if a._special or b._special:
        if a.is_nan() or b.is_nan():
            if orig_b is not None and b.is_nan():
                b = orig_b
            return _nan_result(a, b, context)
        if a._special == 'F':
            if b._special == 'F' and a._sign != b._sign:
                context._raise([InvalidOperation])
                return _nan()
            return a
        return b
    if not a._int and not b._int:
        if a._sign == b._sign:
            sign = a._sign
        else:
            sign = 1 if context.rounding == ROUND_FLOOR else 0
        return _finish(sign, 0, min(a._exp, b._exp), context)
    # A far smaller operand only matters as a sticky digit.
    if a._int and b._int:
        lim = max(a.adjusted(), b.adjusted()) - context.prec - 3
        if a._exp + _ndigits(a._int) - 1 < lim and a._exp < b._exp:
            a = _new(a._sign, 1, lim)
        elif b._exp + _ndigits(b._int) - 1 < lim and b._exp < a._exp:
            b = _new(b._sign, 1, lim)
    elif not a._int and b._int:
        lim = b._exp - context.prec - 3
        if a._exp < lim:
            a = _new(a._sign, 0, min(lim, b._exp))
    elif a._int and not b._int:
        lim = a._exp - context.prec - 3
        if b._exp < lim:
            b = _new(b._sign, 0, min(lim, a._exp))
    e = min(a._exp, b._exp)
    x = a._int * 10 ** (a._exp - e) if a._int else 0
    y = b._int * 10 ** (b._exp - e) if b._int else 0
    if a._sign:
        x = -x
    if b._sign:
        y = -y
    s = x + y
    if s == 0:
        sign = 1 if context.rounding == ROUND_FLOOR else 0
        return _finish(sign, 0, e, context)
    return _finish(1 if s < 0 else 0, abs(s), e, context)


def _mul(a, b, context):
    if context is None:
        context = getcontext()
    sign = a._sign ^ b._sign
    if a._special or b._special:
        if a.is_nan() or b.is_nan():
            return _nan_result(a, b, context)
        if (a._special == 'F' and not b._special and not b._int) or \
           (b._special == 'F' and not a._special and not a._int):
            context._raise([InvalidOperation])
            return _nan()
        return _inf(sign)
    return _finish(sign, a._int * b._int, a._exp + b._exp, context)


def _div(a, b, context):
    if context is None:
        context = getcontext()
    sign = a._sign ^ b._sign
    if a._special or b._special:
        if a.is_nan() or b.is_nan():
            return _nan_result(a, b, context)
        if a._special == 'F' and b._special == 'F':
            context._raise([InvalidOperation])
            return _nan()
        if a._special == 'F':
            return _inf(sign)
        # finite / Infinity
        context._raise([Clamped])
        return _new(sign, 0, context.Etiny())
    if not b._int:
        if not a._int:
            context._raise([DivisionUndefined])
            return _nan()
        context._raise([DivisionByZero])
        return _inf(sign)
    ideal = a._exp - b._exp
    if not a._int:
        return _finish(sign, 0, ideal, context)
    prec = context.prec
    shift = _ndigits(b._int) - _ndigits(a._int) + prec + 1
    exp = ideal - shift
    if shift >= 0:
        q, r = divmod(a._int * 10 ** shift, b._int)
    else:
        q, r = divmod(a._int, b._int * 10 ** -shift)
    if r:
        if q % 5 == 0:
            q += 1
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _finish(sign, q, exp, context)


def _divmod(a, b, context, which='both'):
    """(a // b, a % b) with Decimal semantics (truncating division); which
    says whether only one of them is wanted (for the signals)."""
    if context is None:
        context = getcontext()
    sign = a._sign ^ b._sign
    if a._special or b._special:
        if a.is_nan() or b.is_nan():
            r = _nan_result(a, b, context)
            return r, r
        if a._special == 'F':
            if b._special == 'F':
                context._raise([InvalidOperation])
                return _nan(), _nan()
            if which != 'div':
                context._raise([InvalidOperation])
            return _inf(sign), _nan()
        # finite // Infinity
        return _new(sign, 0, 0), a._fix(context)
    if not b._int:
        if not a._int:
            context._raise([DivisionUndefined])
            return _nan(), _nan()
        if which == 'div':
            context._raise([DivisionByZero])
        elif which == 'mod':
            context._raise([InvalidOperation])
        else:
            context._raise([InvalidOperation, DivisionByZero])
        return _inf(sign), _nan()
    if a._int and a.adjusted() - b.adjusted() > context.prec:
        context._raise([DivisionImpossible])
        return _nan(), _nan()
    e = min(a._exp, b._exp)
    if not a._int or a.adjusted() < b.adjusted() - 1:
        # |a| < |b|: the quotient is 0 and the remainder a.
        q, r = 0, None
    else:
        x = a._int * 10 ** (a._exp - e)
        y = b._int * 10 ** (b._exp - e)
        q, r = divmod(x, y)
    if _ndigits(q) > context.prec:
        context._raise([DivisionImpossible])
        return _nan(), _nan()
    quot = _new(sign, q, 0)
    if which == 'div':
        return quot, None
    if r is None:
        # The remainder is a, at the smaller exponent (the padding is
        # bounded by b's digits, as |a| < |b|).
        rem = _finish(a._sign, a._int * 10 ** (a._exp - e) if a._int else 0, e, context)
    else:
        rem = _finish(a._sign, r, e, context)
    return quot, rem


def _pow(a, b, context):
    if context is None:
        context = getcontext()
    if a.is_nan() or b.is_nan():
        return _nan_result(a, b, context)
    b_integral = not b._special and (b._exp >= 0 or b._int % 10 ** -b._exp == 0)
    if not b._int and not b._special:
        if not a._int and not a._special:
            context._raise([InvalidOperation])
            return _nan()
        return _finish(0, 1, 0, context)
    if b_integral:
        n = int(b)
        sign = a._sign if n & 1 else 0
    else:
        sign = 0
    if a._special == 'F':
        if b._sign:
            return _new(sign, 0, 0)
        return _inf(sign)
    if b._special == 'F':
        if a._sign:
            context._raise([InvalidOperation])
            return _nan()
        cmp1 = a._cmp(Decimal(1))
        if cmp1 == 0:
            return _finish(0, 1, 0, context)
        if (cmp1 > 0) == (not b._sign):
            return _inf()
        return _new(0, 0, 0)
    if not a._int:
        if b._sign:
            if b_integral:
                return _inf(sign)
            return _inf()
        return _new(sign, 0, 0)
    if b_integral:
        return _pow_int(a, n, sign, context)
    if a._sign:
        context._raise([InvalidOperation])
        return _nan()
    # x ** y = exp(y * ln(x)) with guard digits.
    return _func_result(_pow_fixed(a, b), a, context, context.rounding)


def _pow_int(a, n, sign, context):
    """a ** n for an integer n as libmpdec computes it: left-to-right
    binary powering (of 1/a for n < 0) at a working precision of
    prec + digits(n) + 2 (+1) with ROUND_HALF_EVEN, then rounded to the
    context (so directed roundings see the working result, as in CPython)."""
    wctx = Context(prec=context.prec + len(str(abs(n))) + 2, rounding=ROUND_HALF_EVEN,
                   Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])
    base = a.copy_abs()
    if n < 0:
        wctx.prec = wctx.prec + 1
        base = _div(_new(0, 1, 0), base, wctx)
        n = -n
    r = base
    for bit in bin(n)[3:]:
        r = _mul(r, r, wctx)
        if bit == '1':
            r = _mul(r, base, wctx)
    if wctx.flags[Inexact]:
        context._raise([Inexact, Rounded])
    return _finish(sign, r._int, r._exp, context)


def _powmod(a, b, m, context):
    if context is None:
        context = getcontext()
    if (a._special or b._special or m._special or a._exp != 0 and a._int % 10 ** max(0, -a._exp)
            or b._sign or not m._int):
        context._raise([InvalidOperation])
        return _nan()
    x, y, z = int(a), int(b), int(m)
    r = pow(x, y, z)
    return _finish(1 if r < 0 else 0, abs(r), 0, context)


# exp and ln: integers in fixed point, scaled by 10**w.  Each function
# returns a Decimal approximation with about p correct significant digits;
# _func_result raises p until rounding to the context is decided (Ziv).

def _fixed(x, w):
    """Decimal x as an integer scaled by 10**w (truncated)."""
    if x._exp >= 0:
        v = x._int * 10 ** (x._exp + w)
    elif -x._exp <= w:
        v = x._int * 10 ** (w + x._exp)
    else:
        v = x._int // 10 ** (-x._exp - w)
    return -v if x._sign else v


def _exp_fixed(x, p):
    if x._special:
        return x
    adj = x.adjusted()
    if adj > 8:
        # Certain overflow or underflow.
        return _new(0, 1, 10 ** 10) if not x._sign else _new(0, 1, -(10 ** 10))
    w = p + 10 + max(adj, 0) + 3
    scale = 10 ** w
    X = _fixed(x, w)
    ln10 = _ln10_fixed(w)
    n = X // ln10
    r = X - n * ln10           # 0 <= r < ln 10
    k = 0
    while r > scale // 1000:
        r //= 2
        k += 1
    w2 = w + k + 5
    R = r * 10 ** (w2 - w)
    scale2 = 10 ** w2
    term = scale2
    total = scale2
    i = 1
    while term:
        term = term * R // (scale2 * i)
        total += term
        i += 1
    for _ in range(k):
        total = total * total // scale2
    return _new(0, total, n - w2)


def _ln_fixed(x, p):
    """ln(Decimal x > 0)."""
    c = x._int
    nd = _ndigits(c)
    e10 = x._exp + nd
    # Cancellation near x = 1 needs more digits.
    d = _add(x, _new(1, 1, 0), Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[]))
    extra = max(0, -d.adjusted()) if d._int else 0
    w = p + 10 + len(str(abs(e10))) + extra
    scale = 10 ** w
    M = c * scale // 10 ** nd   # m in fixed point, in [0.1, 1)
    total = _ln_small(M, scale, w)
    if e10:
        total += e10 * _ln10_fixed(w)
    sign = 1 if total < 0 else 0
    return _new(sign, abs(total), -w)


def _ln_small(M, scale, w):
    """ln(M / scale) for M / scale in [0.1, 1], fixed point."""
    # Square roots bring m near 1: ln m = 2**k * ln(m ** (1/2**k)).
    guard = 10 ** 8
    M *= guard
    scale *= guard
    k = 0
    while abs(M - scale) * 1000 > scale:
        M = math.isqrt(M * scale)
        k += 1
    # atanh series: ln m = 2 * atanh((m-1)/(m+1)).
    y = (M - scale) * scale // (M + scale)
    neg = y < 0
    if neg:
        y = -y
    y2 = y * y // scale
    term = y
    total = y
    i = 3
    while term:
        term = term * y2 // scale
        total += term // i
        i += 2
    if neg:
        total = -total
    return (2 * total * (2 ** k)) // guard


_LN10_CACHE = {}


def _ln10_fixed(w):
    r = _LN10_CACHE.get(w)
    if r is None:
        # ln 10 = -3 ln(1/2) - ln(8/10)
        scale = 10 ** (w + 10)
        ln_half = _ln_small(scale // 2, scale, w + 10)
        ln_08 = _ln_small(scale * 8 // 10, scale, w + 10)
        r = (-3 * ln_half - ln_08) // 10 ** 10
        _LN10_CACHE[w] = r
    return r


def _log10_fixed(x, p):
    ln = _ln_fixed(x, p + 5)
    w = -ln._exp
    ln10 = _ln10_fixed(w)
    v = ln._int * 10 ** w // ln10
    return _new(ln._sign, v, -w)


def _pow_fixed(a, b):
    def fn(x, p):
        big = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])
        lnx = _ln_fixed(a, p + 5)
        t = _mul(b, lnx, big)
        extra = max(0, t.adjusted() + 1) if t._int else 0
        if extra:
            lnx = _ln_fixed(a, p + 5 + extra)
            t = _mul(b, lnx, big)
        return _exp_fixed(t, p + 3)
    return fn


def _func_result(fn, x, context, rounding=ROUND_HALF_EVEN):
    """fn(x, p) rounded to the context with ROUND_HALF_EVEN: the guard
    digits grow until the rounding is decided (the results are inexact)."""
    p = context.prec
    g = 12
    while True:
        r = fn(x, p + g)
        if r._special:
            return r
        c = r._int
        drop = _ndigits(c) - p
        if drop <= g // 2 or g >= 200:
            break
        unit = 10 ** drop
        tail = c % unit
        err = 10 ** max(drop - g + 6, 0)
        if min(tail, unit - tail, abs(2 * tail - unit) // 2) > err:
            break
        g *= 2
    ctx = context.copy()
    ctx.traps = context.traps
    ctx.flags = context.flags
    ctx.rounding = rounding
    if c % 10 == 0 or c % 10 == 5:
        c += 1  # never exact: keep a sticky digit
    return _finish(r._sign, c, r._exp, ctx)


# Formatting (format() and f-strings)

def _format(d, spec, context):
    if context is None:
        context = getcontext()
    # [[fill]align][sign][z][#][0][width][grouping][.precision][type]
    fill = ' '
    align = None
    i = 0
    if len(spec) >= 2 and spec[1] in '<>=^':
        fill = spec[0]
        align = spec[1]
        i = 2
    elif spec[:1] in ('<', '>', '=', '^'):
        align = spec[0]
        i = 1
    sign = '-'
    if spec[i:i + 1] in ('+', '-', ' '):
        sign = spec[i]
        i += 1
    if spec[i:i + 1] == 'z':
        i += 1
    alt = False
    if spec[i:i + 1] == '#':
        raise ValueError('invalid format string')
    zeropad = False
    if spec[i:i + 1] == '0':
        zeropad = True
        i += 1
    width = ''
    while i < len(spec) and spec[i].isdigit():
        width += spec[i]
        i += 1
    width = int(width) if width else 0
    grouping = ''
    if spec[i:i + 1] == ',':
        grouping = spec[i]
        i += 1
    precision = None
    if spec[i:i + 1] == '.':
        i += 1
        ps = ''
        while i < len(spec) and spec[i].isdigit():
            ps += spec[i]
            i += 1
        if not ps:
            raise ValueError('invalid format string')
        precision = int(ps)
    ftype = spec[i:]
    if ftype not in ('', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%'):
        raise ValueError('invalid format string')
    if zeropad and align is None:
        fill = '0'
        align = '='
    if align is None:
        align = '>'
    rounding = context.rounding

    neg = d._sign == 1
    if d._special:
        if d._special == 'F':
            body = 'Infinity'
        else:
            body = 'NaN'
        if ftype == '%':
            body += '%'
        frac_body = None
    else:
        dd = d
        if ftype == '%':
            dd = _new(d._sign, d._int, d._exp + 2)
        if ftype in ('', 'g', 'G', 'n') and precision == 0:
            precision = 1
        if precision is not None:
            if ftype in ('e', 'E'):
                dd = _round_sig(dd, precision + 1, rounding)
            elif ftype in ('f', 'F', '%'):
                dd = dd._rescale(-precision, rounding)
            else:
                dd = _round_sig(dd, precision, rounding)
        if not dd._int and ftype in ('e', 'E', '') and precision is None:
            pass
        # Choose the layout.
        digits = str(dd._int)
        if ftype in ('e', 'E'):
            if precision is not None and len(digits) < precision + 1:
                k = precision + 1 - len(digits)
                digits = digits + '0' * k if dd._int else '0' * (precision + 1)
                dd = _new(dd._sign, dd._int * 10 ** k, dd._exp - k)
            leftdigits = dd._exp + len(digits)
            dotplace = 1
        elif ftype in ('f', 'F', '%'):
            leftdigits = dd._exp + len(digits)
            dotplace = leftdigits
        else:
            leftdigits = dd._exp + len(digits)
            if ftype in ('g', 'G', 'n') or precision is not None:
                limit = -6
                if dd._exp <= 0 and leftdigits > limit:
                    dotplace = leftdigits
                else:
                    dotplace = 1
            else:
                if dd._exp <= 0 and leftdigits > -6:
                    dotplace = leftdigits
                else:
                    dotplace = 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '0' * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace]
            fracpart = digits[dotplace:]
        if ftype in ('f', 'F', '%') and precision is not None and len(fracpart) < precision:
            fracpart += '0' * (precision - len(fracpart))
        exp = leftdigits - dotplace
        if ftype in ('e', 'E', 'g', 'G', 'n', ''):
            echar = 'E' if ftype in ('E', 'G') else 'e'
            if ftype == '':
                echar = 'E' if context.capitals else 'e'
            expstr = '' if (exp == 0 and ftype not in ('e', 'E')) else echar + '%+d' % exp
        else:
            expstr = ''
        if grouping:
            intpart = _group(intpart, grouping, 0)
        body = intpart
        if fracpart or alt:
            body += '.' + fracpart
        body += expstr
        if ftype == '%':
            body += '%'
        frac_body = body
    if neg:
        sgn = '-'
    elif sign == '+':
        sgn = '+'
    elif sign == ' ':
        sgn = ' '
    else:
        sgn = ''
    total = len(sgn) + len(body)
    if width <= total:
        return sgn + body
    pad = width - total
    if align == '<':
        return sgn + body + fill * pad
    if align == '>':
        return fill * pad + sgn + body
    if align == '^':
        return fill * (pad // 2) + sgn + body + fill * (pad - pad // 2)
    # '='
    if fill == '0' and grouping and not d._special:
        # zero padding takes part in the grouping
        intpart_len = len(body.split('.')[0].split('e')[0].split('E')[0])
        ip = body[:intpart_len].replace(grouping, '')
        rest = body[intpart_len:]
        target = width - len(sgn) - len(rest)
        ip = _group(ip, grouping, target)
        return sgn + ip + rest
    return sgn + fill * pad + body


def _group(intpart, sep, minwidth):
    groups = []
    s = intpart
    while len(s) > 3:
        groups.append(s[-3:])
        s = s[:-3]
    groups.append(s)
    out = sep.join(reversed(groups))
    while len(out) < minwidth:
        # pad with zeros, keeping the grouping
        digits = out.replace(sep, '')
        digits = '0' + digits
        g = []
        s = digits
        while len(s) > 3:
            g.append(s[-3:])
            s = s[:-3]
        g.append(s)
        out = sep.join(reversed(g))
        if len(out) > minwidth and out[0] == sep:
            out = out[1:]
    return out


def _round_sig(d, n, rounding):
    """d rounded to n significant digits."""
    if not d._int:
        return d
    nd = _ndigits(d._int)
    if nd <= n:
        return d
    c, _ = _round_int(d._sign, d._int, nd - n, rounding)
    e = d._exp + nd - n
    if _ndigits(c) > n:
        c //= 10
        e += 1
    return _new(d._sign, c, e)


import numbers as _numbers
_numbers.Number.register(Decimal)
