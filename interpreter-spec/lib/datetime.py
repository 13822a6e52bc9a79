"""Concrete date/time and related types for Pyrite: timedelta, date, time,
datetime, tzinfo, timezone, MINYEAR and MAXYEAR.

Written for Pyrite from the documented behaviour of CPython 3.11's datetime
module (not CPython's source).  Differences worth knowing:
- There is no time zone database.  "Local time" (naive fromtimestamp(),
  timestamp(), now(), today(), astimezone() of a naive datetime) is UTC
  shifted by -time.timezone, without daylight saving time; in Pyrite
  time.timezone is 0, so local time is UTC.  Without a time module, UTC.
- strftime() is implemented here for the C locale (English names), with
  glibc's rendering of the directives; strptime() builds a regular
  expression with the re module, as CPython's _strptime does.
- hash() values differ from CPython's (they agree with equality).
"""

try:
    import time as _time
except ImportError:
    _time = None

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059  # date(9999, 12, 31).toordinal()
_EPOCH_ORDINAL = 719163  # date(1970, 1, 1).toordinal()

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAYNAMES = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTHNAMES = ('', 'January', 'February', 'March', 'April', 'May', 'June', 'July',
               'August', 'September', 'October', 'November', 'December')


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    # n: proleptic Gregorian ordinal, 1 is 0001-01-01.
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    month = 1
    while True:
        dim = _days_in_month(year, month)
        if n < dim:
            return year, month, n + 1
        n -= dim
        month += 1


def _index(value):
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    f = getattr(type(value), '__index__', None)
    if f is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return f(value)


def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _check_utc_offset(name, offset):
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24), not %r." % (offset,))
    return offset


def _cmp(x, y):
    return 0 if x == y else (1 if x > y else -1)


def _type_name(obj):
    cls = type(obj)
    if cls.__module__ == 'datetime':
        return 'datetime.' + cls.__qualname__
    return cls.__qualname__


def _divide_and_round(a, b):
    # a / b rounded to the nearest integer, halves to even.
    q, r = divmod(a, b)
    r *= 2
    greater = r > b if b > 0 else r < b
    if greater or (r == b and q % 2 == 1):
        q += 1
    return q


def _format_offset(off, sep=':'):
    # '+HH:MM[:SS[.ffffff]]' for a timedelta, '' for None.
    if off is None:
        return ''
    if off.days < 0:
        sign = '-'
        off = -off
    else:
        sign = '+'
    hh, rem = divmod(off.seconds, 3600)
    mm, ss = divmod(rem, 60)
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += '%s%02d' % (sep, ss)
        if off.microseconds:
            s += '.%06d' % off.microseconds
    return s


def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _local_offset_seconds():
    if _time is None:
        return 0
    return -_time.timezone


def _local_timezone():
    off = _local_offset_seconds()
    name = 'UTC'
    if _time is not None:
        name = _time.tzname[0]
    return timezone(timedelta(seconds=off), name)


# ---------------------------------------------------------------- strftime

def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


def _isocalendar(year, month, day):
    today = _ymd2ord(year, month, day)
    week1 = _iso_week1_monday(year)
    week, wd = divmod(today - week1, 7)
    if week < 0:
        year -= 1
        week1 = _iso_week1_monday(year)
        week, wd = divmod(today - week1, 7)
    elif week >= 52:
        if today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
    return year, week + 1, wd + 1


def _strftime(fmt, year, month, day, hour, minute, second, us, utcoffset, tzname):
    if not isinstance(fmt, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(fmt).__name__)
    out = []
    i = 0
    n = len(fmt)
    wd = (_ymd2ord(year, month, day) + 6) % 7  # Monday 0
    yday = _days_before_month(year, month) + day  # 1-based
    while i < n:
        c = fmt[i]
        i += 1
        if c != '%' or i >= n:
            out.append(c)
            continue
        c = fmt[i]
        i += 1
        if c == 'a':
            out.append(_DAYNAMES[wd][:3])
        elif c == 'A':
            out.append(_DAYNAMES[wd])
        elif c == 'w':
            out.append(str((wd + 1) % 7))
        elif c == 'u':
            out.append(str(wd + 1))
        elif c == 'd':
            out.append('%02d' % day)
        elif c == 'e':
            out.append('%2d' % day)
        elif c == 'b' or c == 'h':
            out.append(_MONTHNAMES[month][:3])
        elif c == 'B':
            out.append(_MONTHNAMES[month])
        elif c == 'm':
            out.append('%02d' % month)
        elif c == 'y':
            out.append('%02d' % (year % 100))
        elif c == 'Y':
            out.append(str(year))
        elif c == 'C':
            out.append(str(year // 100))
        elif c == 'G':
            out.append(str(_isocalendar(year, month, day)[0]))
        elif c == 'g':
            out.append('%02d' % (_isocalendar(year, month, day)[0] % 100))
        elif c == 'V':
            out.append('%02d' % _isocalendar(year, month, day)[1])
        elif c == 'H':
            out.append('%02d' % hour)
        elif c == 'k':
            out.append('%2d' % hour)
        elif c == 'I':
            out.append('%02d' % ((hour + 11) % 12 + 1))
        elif c == 'l':
            out.append('%2d' % ((hour + 11) % 12 + 1))
        elif c == 'p':
            out.append('AM' if hour < 12 else 'PM')
        elif c == 'P':
            out.append('am' if hour < 12 else 'pm')
        elif c == 'M':
            out.append('%02d' % minute)
        elif c == 'S':
            out.append('%02d' % second)
        elif c == 'f':
            out.append('%06d' % us)
        elif c == 'j':
            out.append('%03d' % yday)
        elif c == 'U':
            out.append('%02d' % ((yday - 1 + 7 - (wd + 1) % 7) // 7))
        elif c == 'W':
            out.append('%02d' % ((yday - 1 + 7 - wd) // 7))
        elif c == 'z':
            off = utcoffset()
            if off is not None:
                out.append(_format_offset(off, ''))
        elif c == 'Z':
            name = tzname()
            if name is not None:
                out.append(name)
        elif c == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %d' % (_DAYNAMES[wd][:3], _MONTHNAMES[month][:3],
                                                        day, hour, minute, second, year))
        elif c == 'x' or c == 'D':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif c == 'X' or c == 'T':
            out.append('%02d:%02d:%02d' % (hour, minute, second))
        elif c == 'R':
            out.append('%02d:%02d' % (hour, minute))
        elif c == 'r':
            out.append('%02d:%02d:%02d %s' % ((hour + 11) % 12 + 1, minute, second,
                                              'AM' if hour < 12 else 'PM'))
        elif c == 'F':
            out.append('%d-%02d-%02d' % (year, month, day))
        elif c == 'n':
            out.append('\n')
        elif c == 't':
            out.append('\t')
        elif c == '%':
            out.append('%')
        else:
            out.append('%' + c)
    return ''.join(out)


# ---------------------------------------------------------------- timedelta

_TD_FACTORS = (('days', 86400000000), ('seconds', 1000000), ('microseconds', 1),
               ('milliseconds', 1000), ('minutes', 60000000), ('hours', 3600000000),
               ('weeks', 604800000000))


class timedelta:
    """Difference between two datetime values.

    timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)
    """

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        values = (days, seconds, microseconds, milliseconds, minutes, hours, weeks)
        total = 0
        leftover = 0.0
        for k in range(7):
            v = values[k]
            name, factor = _TD_FACTORS[k]
            if isinstance(v, int):
                total += int(v) * factor
            elif isinstance(v, float):
                ip = int(v)
                fp = v - ip
                total += ip * factor
                if fp:
                    prod = fp * factor
                    ip2 = int(prod)
                    total += ip2
                    leftover += prod - ip2
            else:
                raise TypeError('unsupported type for timedelta %s component: %s'
                                % (name, type(v).__name__))
        if leftover:
            w = round(leftover)
            if abs(w - leftover) == 0.5 and (total + w) % 2:
                w = w - 1 if w > leftover else w + 1
            total += int(w)
        return cls._from_us(total)

    @classmethod
    def _from_us(cls, total):
        s, us = divmod(total, 1000000)
        d, s = divmod(s, 86400)
        if abs(d) > 999999999:
            raise OverflowError('days=%d; must have magnitude <= 999999999' % d)
        self = object.__new__(cls)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1
        return self

    @property
    def days(self):
        """Number of days."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._microseconds

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return '%s(%s)' % (_type_name(self), ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            s = '%d day%s, ' % (self._days, '' if abs(self._days) == 1 else 's') + s
        if self._microseconds:
            s += '.%06d' % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._to_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_divide_and_round(self._to_us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            return timedelta._from_us(_divide_and_round(self._to_us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_divide_and_round(b * self._to_us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (type(self), self._key())

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------- ISO parsing

def _parse_isoformat_date(s):
    # Returns (year, month, day) for YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D].
    if len(s) < 7 or not s[:4].isdigit():
        raise ValueError
    year = int(s[:4])
    rest = s[4:]
    ext = rest[:1] == '-'
    if ext:
        rest = rest[1:]
    if rest[:1] == 'W':
        rest = rest[1:]
        if len(rest) < 2 or not rest[:2].isdigit():
            raise ValueError
        week = int(rest[:2])
        rest = rest[2:]
        wday = 1
        if rest:
            if ext:
                if rest[0] != '-':
                    raise ValueError
                rest = rest[1:]
            if len(rest) != 1 or not rest.isdigit():
                raise ValueError
            wday = int(rest)
        return _from_iso_week(year, week, wday)
    if ext:
        if len(rest) != 5 or rest[2] != '-':
            raise ValueError
        mm, dd = rest[:2], rest[3:]
    else:
        if len(rest) != 4:
            raise ValueError
        mm, dd = rest[:2], rest[2:]
    if not (mm.isdigit() and dd.isdigit()):
        raise ValueError
    return year, int(mm), int(dd)


def _from_iso_week(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    if not 0 < week < 53:
        ok = False
        if week == 53:
            first = _ymd2ord(year, 1, 1) % 7  # 4 is Thursday
            if first == 4 or (first == 3 and _is_leap(year)):
                ok = True
        if not ok:
            raise ValueError('Invalid week: %d' % week)
    if not 0 < day < 8:
        raise ValueError('Invalid day: %d (range is [1, 7])' % day)
    n = _iso_week1_monday(year) + (week - 1) * 7 + (day - 1)
    return _ord2ymd(n)


def _parse_hh_mm_ss_ff(s):
    # 'HH[:MM[:SS[.ffffff]]]' or 'HH[MM[SS[.ffffff]]]' -> [h, m, s, us]
    comps = [0, 0, 0, 0]
    pos = 0
    n = len(s)
    has_sep = None
    for k in range(3):
        if n - pos < 2 or not s[pos:pos + 2].isdigit():
            raise ValueError
        comps[k] = int(s[pos:pos + 2])
        pos += 2
        if pos >= n:
            return comps
        c = s[pos]
        if k < 2 and c == ':':
            if has_sep is False:
                raise ValueError
            has_sep = True
            pos += 1
        elif k < 2 and c.isdigit():
            if has_sep is True:
                raise ValueError
            has_sep = False
        elif k == 2 and c in '.,':
            pos += 1
            frac = s[pos:]
            if not frac or not frac.isdigit():
                raise ValueError
            digits = frac[:6]
            comps[3] = int(digits) * 10 ** (6 - len(digits))
            return comps
        else:
            raise ValueError
    raise ValueError


def _parse_isoformat_time(s):
    # -> (h, m, s, us, offset): offset is None, 'Z' or a timedelta; the
    # ranges are checked by the constructors (time(), timezone()).
    if len(s) < 2:
        raise ValueError
    tzpos = -1
    for i in range(len(s)):
        if s[i] in '+-Z':
            tzpos = i
            break
    timestr = s if tzpos < 0 else s[:tzpos]
    comps = _parse_hh_mm_ss_ff(timestr)
    tz = None
    if tzpos >= 0:
        tzstr = s[tzpos:]
        if tzstr == 'Z':
            tz = 'Z'
        else:
            sign = -1 if tzstr[0] == '-' else 1
            if tzstr[0] == 'Z':
                raise ValueError
            body = tzstr[1:]
            if len(body) not in (2, 4, 5, 6, 8) and len(body) < 9:
                raise ValueError
            tc = _parse_hh_mm_ss_ff(body)
            tz = timedelta(hours=tc[0], minutes=tc[1], seconds=tc[2], microseconds=tc[3])
            if sign < 0:
                tz = -tz
    return comps[0], comps[1], comps[2], comps[3], tz


def _iso_tz(offset):
    if offset is None:
        return None
    if offset == 'Z':
        return timezone.utc
    return timezone(offset)


# ---------------------------------------------------------------- date

class date:
    """date(year, month, day) --> date object"""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        if month is None:
            raise TypeError("function missing required argument 'month' (pos 2)")
        if day is None:
            raise TypeError("function missing required argument 'day' (pos 3)")
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        """Construct a date from a POSIX timestamp (like time.time())."""
        y, m, d, hh, mm, ss, us = _timestamp_fields(t, _local_offset_seconds())
        return cls(y, m, d)

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        if _time is None:
            raise NotImplementedError('no time module')
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        n = _index(n)
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError('ordinal must be >= 1')
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """str -> Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) not in (7, 8, 10):
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        try:
            y, m, d = _parse_isoformat_date(date_string)
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None
        return cls(y, m, d)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """Construct a date from the ISO year, week number and weekday."""
        y, m, d = _from_iso_week(_index(year), _index(week), _index(day))
        return cls(y, m, d)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_type_name(self), self._year, self._month, self._day)

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        """Return ctime() style string."""
        wd = self.toordinal() % 7 or 7
        return '%s %s %2d 00:00:00 %04d' % (_DAYNAMES[wd - 1][:3], _MONTHNAMES[self._month][:3],
                                             self._day, self._year)

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime(format, self._year, self._month, self._day, 0, 0, 0, 0,
                         lambda: None, lambda: None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        yday = _days_before_month(self._year, self._month) + self._day
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0,
                                  self.weekday(), yday, -1))

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """Return date with new specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def _dkey(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._dkey() == other._dkey()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._dkey() != other._dkey()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._dkey() < other._dkey()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._dkey() <= other._dkey()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._dkey() > other._dkey()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._dkey() >= other._dkey()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._dkey())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError('date value out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        """Return day of the week, where Monday == 0 ... Sunday == 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Return day of the week, where Monday == 1 ... Sunday == 7."""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        return IsoCalendarDate(*_isocalendar(self._year, self._month, self._day))

    def __reduce__(self):
        return (type(self), self._dkey())

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return '%s(year=%d, week=%d, weekday=%d)' % (_type_name(self), self[0], self[1],
                                                      self[2])


def _timestamp_fields(t, offset):
    # POSIX timestamp t (int or float) shifted by offset seconds ->
    # (y, m, d, hh, mm, ss, us), microseconds rounded half to even.
    if isinstance(t, float):
        if t != t or t in (float('inf'), float('-inf')):
            raise ValueError('Invalid value %s' % t)
        a, b = t.as_integer_ratio()
        total_us = _divide_and_round(a * 1000000, b)
    else:
        total_us = _index(t) * 1000000
    total_us += offset * 1000000
    secs, us = divmod(total_us, 1000000)
    days, secs = divmod(secs, 86400)
    o = days + _EPOCH_ORDINAL
    if not 1 <= o <= _MAXORDINAL:
        raise ValueError('year %d is out of range' % (1 if o < 1 else 10000))
    y, m, d = _ord2ymd(o)
    hh, rem = divmod(secs, 3600)
    mm, ss = divmod(rem, 60)
    return y, m, d, hh, mm, ss, us


# ---------------------------------------------------------------- tzinfo

class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        """datetime -> timedelta, positive for east of UTC, negative for west of UTC"""
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        """datetime -> DST offset as timedelta, positive for east of UTC."""
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError('fromutc: non-None dst() result required')
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError('fromutc: tz.dst() gave inconsistent results; cannot convert')
        return dt + dtdst

    def __reduce__(self):
        getinitargs = getattr(self, '__getinitargs__', None)
        args = getinitargs() if getinitargs else ()
        state = getattr(self, '__dict__', None)
        return (type(self), args, state or None)


# ---------------------------------------------------------------- time

class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object"""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_hashcode', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset('utcoffset', self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset('dst', self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                            % type(name).__name__)
        return name

    def _tkey(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _cmp(self, other, op):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base = myoff == otoff
        if base:
            return _cmp(self._tkey(), other._tkey())
        if myoff is None or otoff is None:
            if op == 2:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        othhmm = other._hour * 60 + other._minute - otoff // timedelta(minutes=1)
        return _cmp((myhhmm, self._second, self._microsecond),
                    (othhmm, other._second, other._microsecond))

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 2) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 2) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 0) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 0) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 0) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 0) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            if not off:
                self._hashcode = hash(self._tkey())
            else:
                h, m = divmod(timedelta(hours=self._hour, minutes=self._minute) - off,
                              timedelta(hours=1))
                m //= timedelta(minutes=1)
                if 0 <= h < 24:
                    self._hashcode = hash((h, m, self._second, self._microsecond))
                else:
                    self._hashcode = hash(((h, m), self._second, self._microsecond))
        return self._hashcode

    def __repr__(self):
        if self._microsecond:
            s = '%s(%d, %d, %d, %d)' % (_type_name(self), self._hour, self._minute,
                                        self._second, self._microsecond)
        elif self._second:
            s = '%s(%d, %d, %d)' % (_type_name(self), self._hour, self._minute, self._second)
        else:
            s = '%s(%d, %d)' % (_type_name(self), self._hour, self._minute)
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r)' % (self._tzinfo,)
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def isoformat(self, timespec='auto'):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat()

    @classmethod
    def fromisoformat(cls, time_string):
        """string -> time from a string in ISO 8601 format"""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = time_string
        if s[:1] == 'T':
            s = s[1:]
        try:
            h, m, sec, us, off = _parse_isoformat_time(s)
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % (time_string,)) from None
        return cls(h, m, sec, us, _iso_tz(off))

    def strftime(self, format):
        """Format using strftime().  The date part of the timestamp passed
        to underlying strftime should not be used."""
        return _strftime(format, 1900, 1, 1, self._hour, self._minute, self._second,
                         self._microsecond, self.utcoffset, self.tzname)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        """Return time with new specified fields."""
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def __bool__(self):
        return True

    def __reduce__(self):
        return (type(self), self._tkey() + (self._tzinfo,))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------- datetime

class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

    The year, month and day arguments are required. tzinfo may be None, or an
    instance of a tzinfo subclass. The remaining arguments may be ints.
    """

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        if month is None:
            raise TypeError("function missing required argument 'month' (pos 2)")
        if day is None:
            raise TypeError("function missing required argument 'day' (pos 3)")
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tzinfo(tz)
        if tz is None:
            y, m, d, hh, mm, ss, us = _timestamp_fields(t, _local_offset_seconds())
            return cls(y, m, d, hh, mm, ss, us)
        y, m, d, hh, mm, ss, us = _timestamp_fields(t, 0)
        return tz.fromutc(cls(y, m, d, hh, mm, ss, us, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        y, m, d, hh, mm, ss, us = _timestamp_fields(t, 0)
        return cls(y, m, d, hh, mm, ss, us)

    @classmethod
    def now(cls, tz=None):
        """Returns new datetime object representing current time local to tz."""
        if _time is None:
            raise NotImplementedError('no time module')
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        if _time is None:
            raise NotImplementedError('no time module')
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """Construct a datetime from a given date and a given time."""
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """string -> datetime from a string in most ISO 8601 formats"""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = date_string
        try:
            if len(s) < 7:
                raise ValueError
            if s[4:5] == '-':
                if s[5:6] == 'W' and (len(s) == 8 or s[8:9] != '-'):
                    dlen = 8
                else:
                    dlen = 10
            elif s[4:5] == 'W':
                dlen = 8 if s[7:8].isdigit() else 7
            else:
                dlen = 8
            y, m, d = _parse_isoformat_date(s[:dlen])
            if len(s) > dlen:
                if s[dlen].isdigit() or len(s) == dlen + 1:
                    raise ValueError
                hh, mm, ss, us, off = _parse_isoformat_time(s[dlen + 1:])
            else:
                hh = mm = ss = us = 0
                off = None
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None
        return cls(y, m, d, hh, mm, ss, us, _iso_tz(off))

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        return cls(*_strptime(date_string, format))

    def timetuple(self):
        """Return local time tuple compatible with time.localtime()."""
        dst = self.dst()
        if dst is None:
            dst = -1
        elif dst:
            dst = 1
        else:
            dst = 0
        yday = _days_before_month(self._year, self._month) + self._day
        return _time.struct_time((self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, self.weekday(), yday, dst))

    def utctimetuple(self):
        """Return UTC time tuple compatible with time.gmtime()."""
        off = self.utcoffset()
        if off:
            self = self - off
        yday = _days_before_month(self._year, self._month) + self._day
        return _time.struct_time((self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, self.weekday(), yday, 0))

    def _us_since_epoch(self):
        return ((((self.toordinal() - _EPOCH_ORDINAL) * 24 + self._hour) * 60 + self._minute)
                * 60 + self._second) * 1000000 + self._microsecond

    def timestamp(self):
        """Return POSIX timestamp as float."""
        if self._tzinfo is None:
            off = _local_offset_seconds()
        else:
            off = self.utcoffset()
            if off is None:
                off = _local_offset_seconds()
            else:
                off = off // timedelta(microseconds=1) / 1000000
        return (self._us_since_epoch() - int(off * 1000000)) / 10 ** 6

    def date(self):
        """Return date object with same year, month and day."""
        return date(self._year, self._month, self._day)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        """Return datetime with new specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo,
                          fold=fold)

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz"""
        if tz is None:
            tz = _local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError('astimezone() argument 1 must be datetime.tzinfo, not %s'
                            % type(tz).__name__)
        mytz = self._tzinfo
        offset = None
        if mytz is not None:
            if mytz is tz:
                return self
            offset = self.utcoffset()
        if offset is None:
            offset = timedelta(seconds=_local_offset_seconds())
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        """Return ctime() style string."""
        wd = self.toordinal() % 7 or 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAYNAMES[wd - 1][:3], _MONTHNAMES[self._month][:3], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode character, not %s'
                            % type(sep).__name__)
        s = '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
        s += _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second,
                  self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
            if fields[-1] == 0:
                del fields[-1]
        s = '%s(%s)' % (_type_name(self), ', '.join([str(f) for f in fields]))
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r)' % (self._tzinfo,)
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    def strftime(self, format):
        return _strftime(format, self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond, self.utcoffset, self.tzname)

    def utcoffset(self):
        """Return the timezone offset as timedelta positive east of UTC (negative west of UTC)."""
        if self._tzinfo is None:
            return None
        return _check_utc_offset('utcoffset', self._tzinfo.utcoffset(self))

    def tzname(self):
        """Return the timezone name."""
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                            % type(name).__name__)
        return name

    def dst(self):
        """Return 0 if DST is not in effect, or the DST offset (as timedelta
        positive eastward) if DST is in effect."""
        if self._tzinfo is None:
            return None
        return _check_utc_offset('dst', self._tzinfo.dst(self))

    def _key(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond)

    def _cmp(self, other, op):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base = myoff == otoff
        if base:
            return _cmp(self._key(), other._key())
        if myoff is None or otoff is None:
            if op == 2:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def _cmp_other(self, other, op):
        # A datetime orders only against datetimes; against a date it is a TypeError.
        if isinstance(other, datetime):
            return self._cmp(other, op)
        if isinstance(other, date) and op != 2:
            raise TypeError("can't compare %s to %s" % (_type_name(self), _type_name(other)))
        return None

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, 2) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, 2) != 0
        if isinstance(other, date):
            return True
        return NotImplemented

    def __lt__(self, other):
        c = self._cmp_other(other, 0)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._cmp_other(other, 0)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._cmp_other(other, 0)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._cmp_other(other, 0)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        if self._hashcode == -1:
            t = self
            if self._fold:
                t = self.replace(fold=0)
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash(self._key())
            else:
                self._hashcode = hash(((self._us_since_epoch()
                                        - off // timedelta(microseconds=1)),))
        return self._hashcode

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._us_since_epoch() + other._to_us()
        secs, us = divmod(us, 1000000)
        days, secs = divmod(secs, 86400)
        o = days + _EPOCH_ORDINAL
        if not 1 <= o <= _MAXORDINAL:
            raise OverflowError('date value out of range')
        y, m, d = _ord2ymd(o)
        hh, rem = divmod(secs, 3600)
        mm, ss = divmod(rem, 60)
        return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        diff = self._us_since_epoch() - other._us_since_epoch()
        if self._tzinfo is not other._tzinfo:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if (myoff is None) != (otoff is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if myoff is not None:
                diff -= (myoff - otoff)._to_us()
        return timedelta._from_us(diff)

    def __reduce__(self):
        return (type(self), self._key() + (self._tzinfo,))


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_date_class = date
_time_class = time


# ---------------------------------------------------------------- timezone

_OMITTED = object()


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=_OMITTED):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s'
                            % type(offset).__name__)
        if name is _OMITTED:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s' % type(name).__name__)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24), not %r.'
                             % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__())

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_type_name(self), self._offset)
        return '%s(%r, %r)' % (_type_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_dt(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError('%s(dt) argument must be a datetime instance or None, not %s'
                            % (what, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_dt(dt, 'utcoffset')
        return self._offset

    def tzname(self, dt):
        self._check_dt(dt, 'tzname')
        if self._name is None:
            return self._name_from_offset(self._offset)
        return self._name

    def dst(self, dt):
        self._check_dt(dt, 'dst')
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() argument must be a datetime instance or None')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        return 'UTC' + _format_offset(delta)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc


# ---------------------------------------------------------------- strptime

_STRPTIME_RE = {
    'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])',
    'f': r'(?P<f>[0-9]{1,6})',
    'H': r'(?P<H>2[0-3]|[0-1]\d|\d)',
    'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])',
    'G': r'(?P<G>\d\d\d\d)',
    'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
    'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
    'M': r'(?P<M>[0-5]\d|\d)',
    'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
    'U': r'(?P<U>5[0-3]|[0-4]\d|\d)',
    'w': r'(?P<w>[0-6])',
    'u': r'(?P<u>[1-7])',
    'V': r'(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)',
    'y': r'(?P<y>\d\d)',
    'Y': r'(?P<Y>\d\d\d\d)',
    'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))',
    'A': r'(?P<A>monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
    'a': r'(?P<a>mon|tue|wed|thu|fri|sat|sun)',
    'B': r'(?P<B>january|february|march|april|may|june|july|august|september|october|'
         r'november|december)',
    'b': r'(?P<b>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)',
    'p': r'(?P<p>am|pm)',
    'Z': r'(?P<Z>utc|gmt)',
    '%': '%',
}
_STRPTIME_RE['W'] = _STRPTIME_RE['U'].replace('?P<U>', '?P<W>')
_STRPTIME_RE['e'] = _STRPTIME_RE['d']
_STRPTIME_RE['k'] = _STRPTIME_RE['H']
_STRPTIME_RE['h'] = _STRPTIME_RE['b']
_STRPTIME_COMPOUND = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S',
                      'D': '%m/%d/%y', 'T': '%H:%M:%S', 'R': '%H:%M', 'F': '%Y-%m-%d',
                      'r': '%I:%M:%S %p'}
_strptime_cache = {}


def _strptime_pattern(format):
    import re
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        i += 1
        if c == '%':
            if i >= n:
                raise ValueError("stray %% in format '%s'" % format)
            d = format[i]
            i += 1
            if d in _STRPTIME_COMPOUND:
                out.append(_strptime_pattern(_STRPTIME_COMPOUND[d]))
                continue
            if d not in _STRPTIME_RE:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, format))
            out.append(_STRPTIME_RE[d])
        elif c.isspace():
            while i < n and format[i].isspace():
                i += 1
            out.append(r'\s+')
        else:
            out.append(re.escape(c))
    return ''.join(out)


def _strptime(data_string, format):
    import re
    for name, value in (('strptime() argument 1', data_string),
                        ('strptime() argument 2', format)):
        if not isinstance(value, str):
            raise TypeError('%s must be str, not %s' % (name, type(value).__name__))
    regex = _strptime_cache.get(format)
    if regex is None:
        regex = re.compile(_strptime_pattern(format), re.IGNORECASE)
        if len(_strptime_cache) > 100:
            _strptime_cache.clear()
        _strptime_cache[format] = regex
    found = regex.match(data_string)
    if found is None:
        raise ValueError('time data %r does not match format %r' % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError('unconverted data remains: %s' % data_string[found.end():])
    g = found.groupdict()
    year = None
    month = day = 1
    hour = minute = second = us = 0
    julian = None
    weekday = None
    tz = None
    iso_year = iso_week = None
    week_of_year = None
    week_starts_mon = True
    ampm = None
    hour12 = None
    for key, val in g.items():
        if val is None:
            continue
        if key == 'y':
            year = int(val)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(val)
        elif key == 'G':
            iso_year = int(val)
        elif key == 'm':
            month = int(val)
        elif key == 'B':
            month = [x.lower() for x in _MONTHNAMES].index(val.lower())
        elif key == 'b':
            month = [x[:3].lower() for x in _MONTHNAMES].index(val.lower())
        elif key == 'd':
            day = int(val)
        elif key == 'H':
            hour = int(val)
        elif key == 'I':
            hour12 = int(val)
        elif key == 'p':
            ampm = val.lower()
        elif key == 'M':
            minute = int(val)
        elif key == 'S':
            second = int(val)
        elif key == 'f':
            us = int(val + '0' * (6 - len(val)))
        elif key == 'A':
            weekday = [x.lower() for x in _DAYNAMES].index(val.lower())
        elif key == 'a':
            weekday = [x[:3].lower() for x in _DAYNAMES].index(val.lower())
        elif key == 'w':
            weekday = (int(val) - 1) % 7
        elif key == 'u':
            weekday = int(val) - 1
        elif key == 'j':
            julian = int(val)
        elif key == 'U' or key == 'W':
            week_of_year = int(val)
            week_starts_mon = key == 'W'
        elif key == 'V':
            iso_week = int(val)
        elif key == 'z':
            if val == 'Z':
                tz = timezone.utc
            else:
                sign = -1 if val[0] == '-' else 1
                body = val[1:].replace(':', '')
                hh = int(body[:2])
                mm = int(body[2:4])
                ss = int(body[4:6] or 0)
                frac = body[7:]
                fus = int(frac + '0' * (6 - len(frac))) if frac else 0
                off = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=fus)
                tz = timezone(off * sign)
        elif key == 'Z':
            pass
    if hour12 is not None:
        hour = hour12 % 12
        if ampm == 'pm':
            hour += 12
    if iso_year is not None and iso_week is not None and weekday is not None:
        year, month, day = _from_iso_week(iso_year, iso_week, weekday + 1)
    elif iso_year is not None or iso_week is not None:
        if iso_week is not None and year is not None:
            raise ValueError("ISO week directive '%V' is incompatible with the year "
                             "directive '%Y'. Use the ISO year '%G' instead.")
        raise ValueError("ISO year directive '%G' must be used with the ISO week "
                         "directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
    leap_default = False
    if year is None:
        if month == 2 and day == 29:
            year = 1904
            leap_default = True
        else:
            year = 1900
    if julian is None and weekday is not None and week_of_year is not None:
        first = _ymd2ord(year, 1, 1)
        first_wd = (first + 6) % 7
        if week_starts_mon:
            week0_start = first - first_wd
        else:
            week0_start = first - (first_wd + 1) % 7
        if week_of_year == 0:
            off = (weekday if week_starts_mon else (weekday + 1) % 7)
            o = week0_start + off
        else:
            off = (weekday if week_starts_mon else (weekday + 1) % 7)
            o = week0_start + 7 * week_of_year + off
            if week0_start == first:
                o -= 7
        julian = o - first + 1
    if julian is not None:
        o = _ymd2ord(year, 1, 1) + julian - 1
        if not 1 <= o <= _MAXORDINAL:
            raise ValueError('year is out of range')
        year, month, day = _ord2ymd(o)
    if leap_default:
        year = 1900
    if tz is not None:
        return (year, month, day, hour, minute, second, us, tz)
    return (year, month, day, hour, minute, second, us)
