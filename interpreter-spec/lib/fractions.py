"""Rational numbers: the Fraction class (CPython 3.11's observable behaviour).

Written for Pyrite.  "Rational" here means int (and bool) or Fraction;
Decimal is recognised when the decimal module has been imported.  Fraction
is registered as a numbers.Rational (not a subclass of it).
"""

import math
import sys

__all__ = ['Fraction']

_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf


def _decimal_type():
    mod = sys.modules.get('decimal')
    if mod is None:
        return None
    return getattr(mod, 'Decimal', None)


def _is_decimal(x):
    D = _decimal_type()
    return D is not None and isinstance(x, D)


def _digit_run(s):
    # True when s matches \d+(_\d+)*
    if not s or s[0] == '_' or s[-1] == '_' or '__' in s:
        return False
    for ch in s:
        if ch != '_' and not ch.isdecimal():
            return False
    return True


def _parse_fraction(text):
    """(numerator, denominator) for a string, or None when it is malformed.
    The denominator may be 0 (the caller raises ZeroDivisionError)."""
    s = text.strip()
    neg = False
    if s[:1] in ('+', '-'):
        neg = s[0] == '-'
        s = s[1:]
    if not s:
        return None
    if not (s[0].isdecimal() or (s[0] == '.' and len(s) > 1 and s[1].isdecimal())):
        return None
    if '/' in s:
        num, _, den = s.partition('/')
        if not _digit_run(num) or not _digit_run(den):
            return None
        n = int(num)
        d = int(den)
    else:
        mant = s
        exp = 0
        epos = -1
        for i in range(len(s)):
            if s[i] in 'eE':
                epos = i
                break
        if epos >= 0:
            mant = s[:epos]
            es = s[epos + 1:]
            eneg = False
            if es[:1] in ('+', '-'):
                eneg = es[0] == '-'
                es = es[1:]
            if not _digit_run(es):
                return None
            exp = int(es)
            if eneg:
                exp = -exp
        whole, dot, frac = mant.partition('.')
        if whole and not _digit_run(whole):
            return None
        if frac and not _digit_run(frac):
            return None
        if not whole and not frac:
            return None
        n = int(whole) if whole else 0
        d = 1
        if frac:
            scale = 10 ** len(frac.replace('_', ''))
            n = n * scale + int(frac)
            d = scale
        if exp >= 0:
            n *= 10 ** exp
        else:
            d *= 10 ** -exp
    if neg:
        n = -n
    return n, d


def _is_rational(x):
    return isinstance(x, (int, Fraction))


class Fraction:
    """This class implements rational numbers.

    Fraction(8, 6) == Fraction(4, 3); Fraction('3/4'), Fraction(0.25),
    Fraction(Decimal('1.1')) and Fraction(other_fraction) also work.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            elif isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            elif isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            elif isinstance(numerator, float) or _is_decimal(numerator):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            elif isinstance(numerator, str):
                parsed = _parse_fraction(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string "
                                "or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be "
                            "Rational instances")

        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        elif not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                            (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        D = _decimal_type()
        if isinstance(dec, int):
            if D is None:
                import decimal
                D = decimal.Decimal
            dec = D(int(dec))
        elif not _is_decimal(dec):
            raise TypeError(
                "%s.from_decimal() only takes Decimals, not %r (%s)" %
                (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction expansion, keeping the last two
        # convergents p0/q0 and p1/q1.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        # The best semiconvergent and the last convergent: pick the closer
        # one, the convergent on a tie.
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1, _normalize=False)
        else:
            return Fraction(p0 + k * p1, q0 + k * q1, _normalize=False)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__,
                               self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # Arithmetic.  Each operator has an exact version on ints and Fractions;
    # with a float (or complex) operand the Fraction is converted instead.

    def _add(a, b):
        na, da = a._numerator, a._denominator
        nb, db = b.numerator, b.denominator
        return Fraction(na * db + nb * da, da * db)

    def _sub(a, b):
        na, da = a._numerator, a._denominator
        nb, db = b.numerator, b.denominator
        return Fraction(na * db - nb * da, da * db)

    def _mul(a, b):
        return Fraction(a._numerator * b.numerator, a._denominator * b.denominator)

    def _div(a, b):
        na, da = a._numerator, a._denominator
        nb, db = b.numerator, b.denominator
        if nb == 0:
            # CPython reduces by gcd(na, nb) first: the message shows the sign.
            n = 0 if na == 0 else (1 if na > 0 else -1)
            raise ZeroDivisionError('Fraction(%s, 0)' % (n * db))
        return Fraction(na * db, da * nb)

    def _floordiv(a, b):
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    def _divmod(a, b):
        da, db = a.denominator, b.denominator
        div, n_mod = divmod(a.numerator * db, da * b.numerator)
        return div, Fraction(n_mod, da * db)

    def _mod(a, b):
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    def __add__(a, b):
        if isinstance(b, (int, Fraction)):
            return a._add(b)
        if isinstance(b, float):
            return float(a) + b
        if isinstance(b, complex):
            return complex(a) + b
        return NotImplemented

    def __radd__(b, a):
        if isinstance(a, int):
            return Fraction(a)._add(b)
        if isinstance(a, float):
            return a + float(b)
        if isinstance(a, complex):
            return a + complex(b)
        return NotImplemented

    def __sub__(a, b):
        if isinstance(b, (int, Fraction)):
            return a._sub(b)
        if isinstance(b, float):
            return float(a) - b
        if isinstance(b, complex):
            return complex(a) - b
        return NotImplemented

    def __rsub__(b, a):
        if isinstance(a, int):
            return Fraction(a)._sub(b)
        if isinstance(a, float):
            return a - float(b)
        if isinstance(a, complex):
            return a - complex(b)
        return NotImplemented

    def __mul__(a, b):
        if isinstance(b, (int, Fraction)):
            return a._mul(b)
        if isinstance(b, float):
            return float(a) * b
        if isinstance(b, complex):
            return complex(a) * b
        return NotImplemented

    def __rmul__(b, a):
        if isinstance(a, int):
            return Fraction(a)._mul(b)
        if isinstance(a, float):
            return a * float(b)
        if isinstance(a, complex):
            return a * complex(b)
        return NotImplemented

    def __truediv__(a, b):
        if isinstance(b, (int, Fraction)):
            return a._div(b)
        if isinstance(b, float):
            return float(a) / b
        if isinstance(b, complex):
            return complex(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        if isinstance(a, int):
            return Fraction(a)._div(b)
        if isinstance(a, float):
            return a / float(b)
        if isinstance(a, complex):
            return a / complex(b)
        return NotImplemented

    def __floordiv__(a, b):
        if isinstance(b, (int, Fraction)):
            return a._floordiv(b)
        if isinstance(b, float):
            return float(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        if isinstance(a, int):
            return Fraction(a)._floordiv(b)
        if isinstance(a, float):
            return a // float(b)
        return NotImplemented

    def __divmod__(a, b):
        if isinstance(b, (int, Fraction)):
            return a._divmod(b)
        if isinstance(b, float):
            return divmod(float(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        if isinstance(a, int):
            return Fraction(a)._divmod(b)
        if isinstance(a, float):
            return divmod(a, float(b))
        return NotImplemented

    def __mod__(a, b):
        if isinstance(b, (int, Fraction)):
            return a._mod(b)
        if isinstance(b, float):
            return float(a) % b
        return NotImplemented

    def __rmod__(b, a):
        if isinstance(a, int):
            return Fraction(a)._mod(b)
        if isinstance(a, float):
            return a % float(b)
        return NotImplemented

    def __pow__(a, b):
        if isinstance(b, (int, Fraction)):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power,
                                    a._denominator ** power,
                                    _normalize=False)
                elif a._numerator > 0:
                    return Fraction(a._denominator ** -power,
                                    a._numerator ** -power,
                                    _normalize=False)
                elif a._numerator == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' %
                                            a._denominator ** -power)
                else:
                    return Fraction((-a._denominator) ** -power,
                                    (-a._numerator) ** -power,
                                    _normalize=False)
            else:
                # A fractional power gives a float (or complex).
                return float(a) ** float(b)
        elif isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction(a, 1) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            elif remainder * 2 > self._denominator:
                return floor + 1
            elif floor % 2 == 0:
                return floor
            else:
                return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        else:
            return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            # The denominator is a multiple of the modulus.
            hash_ = _HASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, (int, Fraction)):
            return (a._numerator == b.numerator and
                    a._denominator == b.denominator)
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, (int, Fraction)):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, _lt)

    def __gt__(a, b):
        return a._richcmp(b, _gt)

    def __le__(a, b):
        return a._richcmp(b, _le)

    def __ge__(a, b):
        return a._richcmp(b, _ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _lt(a, b):
    return a < b


def _gt(a, b):
    return a > b


def _le(a, b):
    return a <= b


def _ge(a, b):
    return a >= b


import numbers as _numbers
_numbers.Rational.register(Fraction)
