"""The calendar half of the time module for Pyrite: struct_time, gmtime,
localtime, mktime, strftime, strptime, asctime and ctime.

Written for Pyrite (not CPython's source).  The time module (a built-in
module, src/time_mod.rs) copies these names into itself when it is first
imported and sets _now to its time() first.  There is no time zone
database: local time is UTC (timezone 0, no daylight saving time), as in
CPython run with TZ=UTC.
"""

_now = None

_DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December')
_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday',
           'tm_yday', 'tm_isdst')

timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime()."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence (%d-sequence given)'
                            % len(seq))
        if len(seq) > 11:
            raise TypeError('time.struct_time() takes an at most 11-sequence (%d-sequence given)'
                            % len(seq))
        self = tuple.__new__(cls, seq[:9])
        self._zone = seq[9] if len(seq) > 9 else None
        self._gmtoff = seq[10] if len(seq) > 10 else None
        return self

    def __repr__(self):
        parts = []
        for i in range(9):
            parts.append('%s=%r' % (_FIELDS[i], self[i]))
        return 'time.struct_time(' + ', '.join(parts) + ')'

    def __reduce__(self):
        return (struct_time, (tuple(self),))

    @property
    def tm_year(self):
        return self[0]

    @property
    def tm_mon(self):
        return self[1]

    @property
    def tm_mday(self):
        return self[2]

    @property
    def tm_hour(self):
        return self[3]

    @property
    def tm_min(self):
        return self[4]

    @property
    def tm_sec(self):
        return self[5]

    @property
    def tm_wday(self):
        return self[6]

    @property
    def tm_yday(self):
        return self[7]

    @property
    def tm_isdst(self):
        return self[8]

    @property
    def tm_zone(self):
        return self._zone

    @property
    def tm_gmtoff(self):
        return self._gmtoff


struct_time.__module__ = 'time'


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_from_civil(y, m, d):
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    mp = (m + 9) % 12
    doy = (153 * mp + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(z):
    z += 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    y = yoe + era * 400 + (m <= 2)
    return y, m, d


def _yday(y, m, d):
    return _days_from_civil(y, m, d) - _days_from_civil(y, 1, 1) + 1


def _seconds(secs):
    if secs is None:
        secs = _now()
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError('Invalid value NaN (not a number)')
        return int(secs // 1)
    if not isinstance(secs, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)
    return secs


def gmtime(secs=None):
    """Converts seconds since the Epoch to a UTC time tuple."""
    t = _seconds(secs)
    days, rem = divmod(t, 86400)
    y, m, d = _civil_from_days(days)
    return struct_time((y, m, d, rem // 3600, rem % 3600 // 60, rem % 60, (days + 3) % 7,
                        _yday(y, m, d), 0, 'GMT', 0))


def localtime(secs=None):
    """Converts seconds since the Epoch to a local time tuple (UTC here)."""
    t = gmtime(secs)
    return struct_time(tuple(t) + ('UTC', 0))


def _tuple(t, name):
    if t is None:
        return localtime()
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError('%s(): illegal time tuple argument' % name)
    return t


def mktime(t):
    """The inverse of localtime(): seconds since the Epoch, as a float."""
    t = _tuple(t, 'mktime')
    y, m, d, hh, mm, ss = t[0], t[1], t[2], t[3], t[4], t[5]
    y += (m - 1) // 12
    m = (m - 1) % 12 + 1
    return float(_days_from_civil(y, m, 1) * 86400 + (d - 1) * 86400 + hh * 3600 + mm * 60 + ss
                 + timezone)


def asctime(t=None):
    """'Sun Jun 20 23:21:05 1993' for a time tuple (default: localtime())."""
    t = _tuple(t, 'asctime')
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[t[6] % 7][:3], _MONTHS[(t[1] - 1) % 12][:3],
                                            t[2], t[3], t[4], t[5], t[0])


def ctime(secs=None):
    """asctime(localtime(secs))."""
    return asctime(localtime(secs))


def _week_number(t, first):
    # first: 6 for %U (weeks start on Sunday), 0 for %W (Monday)
    wday = (t[6] - first) % 7 if first == 0 else (t[6] + 1) % 7
    return (t[7] - 1 - wday + 7) // 7


def _iso(t):
    y = t[0]
    wday = t[6] + 1
    week = (t[7] - wday + 10) // 7
    if week < 1:
        y -= 1
        last = _days_from_civil(y, 12, 31)
        lw = (last + 3) % 7 + 1
        week = (_yday(y, 12, 31) - lw + 10) // 7
    elif week == 53:
        jan1 = (_days_from_civil(y + 1, 1, 1) + 3) % 7 + 1
        if jan1 <= 4:
            y += 1
            week = 1
    return y, week


def strftime(format, t=None):
    """Formats a time tuple (default: localtime()) by the directives of
    format."""
    if not isinstance(format, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(format).__name__)
    t = _tuple(t, 'strftime')
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        d = format[i + 1]
        i += 2
        if d == 'Y':
            out.append(str(t[0]))
        elif d == 'm':
            out.append('%02d' % t[1])
        elif d == 'd':
            out.append('%02d' % t[2])
        elif d == 'e':
            out.append('%2d' % t[2])
        elif d == 'H':
            out.append('%02d' % t[3])
        elif d == 'k':
            out.append('%2d' % t[3])
        elif d == 'I':
            out.append('%02d' % ((t[3] + 11) % 12 + 1))
        elif d == 'l':
            out.append('%2d' % ((t[3] + 11) % 12 + 1))
        elif d == 'M':
            out.append('%02d' % t[4])
        elif d == 'S':
            out.append('%02d' % t[5])
        elif d == 'y':
            out.append('%02d' % (t[0] % 100))
        elif d == 'C':
            out.append('%02d' % (t[0] // 100))
        elif d == 'j':
            out.append('%03d' % t[7])
        elif d == 'a':
            out.append(_DAYS[t[6] % 7][:3])
        elif d == 'A':
            out.append(_DAYS[t[6] % 7])
        elif d == 'b' or d == 'h':
            out.append(_MONTHS[(t[1] - 1) % 12][:3])
        elif d == 'B':
            out.append(_MONTHS[(t[1] - 1) % 12])
        elif d == 'p':
            out.append('AM' if t[3] < 12 else 'PM')
        elif d == 'w':
            out.append(str((t[6] + 1) % 7))
        elif d == 'u':
            out.append(str(t[6] + 1))
        elif d == 'U':
            out.append('%02d' % _week_number(t, 6))
        elif d == 'W':
            out.append('%02d' % _week_number(t, 0))
        elif d == 'G':
            out.append(str(_iso(t)[0]))
        elif d == 'V':
            out.append('%02d' % _iso(t)[1])
        elif d == 'c':
            out.append(asctime(t))
        elif d == 'x':
            out.append('%02d/%02d/%02d' % (t[1], t[2], t[0] % 100))
        elif d == 'X' or d == 'T':
            out.append('%02d:%02d:%02d' % (t[3], t[4], t[5]))
        elif d == 'D':
            out.append('%02d/%02d/%02d' % (t[1], t[2], t[0] % 100))
        elif d == 'F':
            out.append('%d-%02d-%02d' % (t[0], t[1], t[2]))
        elif d == 'R':
            out.append('%02d:%02d' % (t[3], t[4]))
        elif d == 'Z':
            out.append(getattr(t, '_zone', None) or 'UTC')
        elif d == 'z':
            out.append('+0000')
        elif d == 's':
            out.append(str(int(mktime(t))))
        elif d == 'n':
            out.append('\n')
        elif d == 't':
            out.append('\t')
        elif d == '%':
            out.append('%')
        else:
            out.append('%' + d)
    return ''.join(out)


def _parse_int(s, j, width):
    k = j
    while k < len(s) and k - j < width and s[k].isdigit():
        k += 1
    if k == j:
        return None, j
    return int(s[j:k]), k


def _parse_name(s, j, names):
    low = s[j:].lower()
    for full in sorted(names, key=len, reverse=True):
        if low.startswith(full.lower()):
            return names.index(full), j + len(full)
    return None, j


def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    """Parses a string to a struct_time by format (the common directives)."""
    year, mon, mday, hour, minute, sec, yday = 1900, 1, 1, 0, 0, 0, None
    pm = None
    j = 0
    i = 0
    n = len(format)
    bad = False
    while i < n and not bad:
        c = format[i]
        if c == '%' and i + 1 < n:
            d = format[i + 1]
            i += 2
            v = None
            if d in 'YmdHMSyjIe':
                width = {'Y': 4, 'j': 3}.get(d, 2)
                if j < len(string) and string[j] == ' ' and d == 'e':
                    j += 1
                v, j2 = _parse_int(string, j, width)
                if v is None:
                    bad = True
                    break
                j = j2
                if d == 'Y':
                    year = v
                elif d == 'm':
                    mon = v
                elif d == 'd' or d == 'e':
                    mday = v
                elif d == 'H':
                    hour = v
                elif d == 'I':
                    hour = v % 12
                elif d == 'M':
                    minute = v
                elif d == 'S':
                    sec = v
                elif d == 'y':
                    year = v + (2000 if v < 69 else 1900)
                elif d == 'j':
                    yday = v
            elif d in 'bBh':
                names = list(_MONTHS) if d == 'B' else [m[:3] for m in _MONTHS]
                v, j = _parse_name(string, j, names)
                if v is None:
                    bad = True
                    break
                mon = v + 1
            elif d in 'aA':
                names = list(_DAYS) if d == 'A' else [x[:3] for x in _DAYS]
                v, j = _parse_name(string, j, names)
                if v is None:
                    bad = True
                    break
            elif d == 'p':
                v, j = _parse_name(string, j, ['AM', 'PM'])
                if v is None:
                    bad = True
                    break
                pm = v
            elif d == '%':
                if j < len(string) and string[j] == '%':
                    j += 1
                else:
                    bad = True
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, format))
        elif c.isspace():
            i += 1
            while j < len(string) and string[j].isspace():
                j += 1
        else:
            i += 1
            if j < len(string) and string[j] == c:
                j += 1
            else:
                bad = True
    if bad or j < len(string) and i >= n and not bad:
        if not bad:
            raise ValueError('unconverted data remains: %s' % string[j:])
        raise ValueError("time data %r does not match format %r" % (string, format))
    if not (1 <= mon <= 12 and 1 <= mday <= 31 and hour <= 23 and minute <= 59 and sec <= 61):
        raise ValueError("time data %r does not match format %r" % (string, format))
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    if mday > (31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[mon - 1]:
        raise ValueError('day is out of range for month')
    if pm is not None and hour < 12 and pm == 1:
        hour += 12
    if yday is not None and mon == 1 and mday == 1:
        y, mon, mday = _civil_from_days(_days_from_civil(year, 1, 1) + yday - 1)
    days = _days_from_civil(year, mon, mday)
    return struct_time((year, mon, mday, hour, minute, sec, (days + 3) % 7,
                        _yday(year, mon, mday), -1))


class _ClockInfo:
    def __init__(self, implementation, monotonic, adjustable, resolution):
        self.implementation = implementation
        self.monotonic = monotonic
        self.adjustable = adjustable
        self.resolution = resolution

    def __repr__(self):
        return 'namespace(implementation=%r, monotonic=%r, adjustable=%r, resolution=%r)' % (
            self.implementation, self.monotonic, self.adjustable, self.resolution)


def get_clock_info(name):
    """What CPython reports for its clocks on Linux."""
    if name == 'time':
        return _ClockInfo('clock_gettime(CLOCK_REALTIME)', False, True, 1e-09)
    if name in ('monotonic', 'perf_counter'):
        return _ClockInfo('clock_gettime(CLOCK_MONOTONIC)', True, False, 1e-09)
    if name == 'process_time':
        return _ClockInfo('clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', True, False, 1e-09)
    if name == 'thread_time':
        return _ClockInfo('clock_gettime(CLOCK_THREAD_CPUTIME_ID)', True, False, 1e-09)
    raise ValueError('unknown clock')
