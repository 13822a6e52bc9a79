# pygc-stress: 10
# gc-stress: 200
# datetime.time, timezone and tzinfo subclasses, aware datetimes (astimezone, comparisons,
# isoformat with offsets), fromisoformat, strftime %z/%Z and strptime directives.
from datetime import date, time, datetime, timedelta, timezone, tzinfo
import datetime as dtm
t = time(12, 30); print(repr(t), t, repr(time()), repr(time(1, 2, 3)), repr(time(1, 2, 3, 4)), time(1, 2, 3, 4))
for ts in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(time(1, 2, 3, 456789).isoformat(ts), time(1, 2).isoformat(timespec=ts))
try: t.isoformat('bogus')
except ValueError as e: print(e)
for args in [(24,), (0, 60), (0, 0, 60), (0, 0, 0, 1000000), (0, 0, 0, 0, 5), (-1,)]:
    try: print(time(*args))
    except Exception as e: print(type(e).__name__, e)
print(t.replace(minute=5), time(1) < time(2), time(1) == time(1, 0), bool(time()), t.strftime('%H|%I|%M|%S|%p|%f|%j|%Y'), f'{t:%H.%M}')
tz5 = timezone(timedelta(hours=5)); tzm = timezone(timedelta(hours=-3, minutes=-30), 'NST')
ta = time(12, 0, tzinfo=tz5); print(repr(ta), ta, ta.utcoffset(), ta.tzname(), ta.dst(), ta.strftime('%z %Z'))
print(ta == time(7, 0, tzinfo=timezone.utc), ta < time(8, tzinfo=timezone.utc), ta == time(12), hash(ta) == hash(time(7, tzinfo=timezone.utc)))
try: ta < time(12)
except TypeError as e: print(e)
for s in ['12:30', '12', '12:30:15', '12:30:15.123', '12:30:15.123456', '123015', '12:30:15+05:00', '12:30Z', '25:00', '12:3', '12:30:15.1234567', 'T12:30']:
    try: print(repr(time.fromisoformat(s)))
    except Exception as e: print(type(e).__name__, e)
dt = datetime(2020, 1, 31, 12, 30)
print(repr(dt), dt, repr(datetime(2020, 1, 31)), repr(datetime(2020, 1, 31, 0, 0, 5)), repr(datetime(2020, 1, 31, 0, 0, 0, 5)), repr(datetime(2020,1,1,1,2,3,4,tz5)))
print(dt.isoformat(), dt.isoformat(' '), dt.isoformat(timespec='minutes'), datetime(2020,1,1,1,2,3,4500).isoformat(sep='_', timespec='milliseconds'))
print(dt.date(), repr(dt.time()), dt.timetz(), dt.weekday(), dt.isoweekday(), dt.isocalendar(), dt.toordinal(), dt.ctime(), dt.timetuple())
print(datetime.combine(date(2020, 5, 5), time(1, 2, 3)), repr(datetime.combine(date(2020, 5, 5), time(1, tzinfo=tz5))), repr(datetime.combine(date(2020,5,5), time(1), tz5)))
for s in ['2020-01-31', '2020-01-31T12:30', '2020-01-31 12:30:15.5', '2020-01-31T12:30:15.123456+05:30', '2020-01-31T12:30:15Z', '20200131T123015', '2020-01-31T12', '2020-W05-5T10:00', '2020-01-31X12:30', '2020-01-31T', 'garbage', '2020-01-31T12:30:15-0330']:
    try: print(repr(datetime.fromisoformat(s)))
    except Exception as e: print(type(e).__name__, e)
print(dt + timedelta(hours=12), dt - timedelta(days=31, seconds=1), dt - datetime(2019, 12, 31), datetime(2019,12,31) - dt, timedelta(1) + dt)
print(dt.replace(hour=0, minute=0), repr(dt.replace(tzinfo=tz5)), repr(dt.replace(tzinfo=tz5).replace(tzinfo=None)))
print(dt == datetime(2020, 1, 31, 12, 30), dt < datetime(2020, 1, 31, 12, 31), dt == dt.date(), dt != dt.date())
try: dt < dt.date()
except TypeError as e: print(e)
aw = datetime(2020, 6, 1, 12, 0, tzinfo=tz5)
print(aw, aw.utcoffset(), aw.tzname(), aw.dst(), aw.astimezone(timezone.utc), aw.astimezone(tzm), repr(aw.astimezone(tzm)), aw.timestamp())
print(aw == datetime(2020, 6, 1, 7, tzinfo=timezone.utc), aw - datetime(2020, 6, 1, tzinfo=tzm), aw < datetime(2020, 6, 1, 8, tzinfo=timezone.utc), hash(aw) == hash(aw.astimezone(tzm)))
print(aw == datetime(2020, 6, 1, 12))
for bad in [lambda: aw < datetime(2020, 6, 1), lambda: aw - datetime(2020, 6, 1), lambda: datetime.max + timedelta(1), lambda: timezone(timedelta(hours=24)), lambda: timezone(5), lambda: datetime(2020,1,1,tzinfo=5)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(repr(timezone.utc), timezone.utc, repr(tz5), tz5, repr(tzm), tzm, timezone(timedelta(hours=-5)), timezone(timedelta(seconds=3661)), timezone(timedelta(0)), repr(timezone(timedelta(0))))
print(repr(timezone.min), repr(timezone.max), tz5 == timezone(timedelta(hours=5), 'X'), timezone(timedelta(0)) == timezone.utc, dtm.UTC is timezone.utc)
print(aw.strftime('%Y-%m-%d %H:%M:%S %z %Z'), dt.strftime('[%z][%Z]'), datetime(2020,1,1,tzinfo=timezone(timedelta(hours=-1, seconds=-5))).strftime('%z'))
print(datetime(2020, 1, 1).timestamp(), datetime(1969, 12, 31, 23, 59, 59, 500000).timestamp(), datetime.fromtimestamp(0), datetime.utcfromtimestamp(1e9), datetime.fromtimestamp(1234567890.123456), datetime.fromtimestamp(-1.5), date.fromtimestamp(86400*365))
print(repr(datetime.fromtimestamp(0, timezone.utc)), repr(datetime.fromtimestamp(1600000000, tz5)), repr(datetime(2020, 1, 1).astimezone()))
print(type(datetime.now()).__name__, datetime.now().year >= 2020, date.today() == datetime.now().date(), (datetime.utcnow() - datetime.now()) < timedelta(seconds=5))
class EST(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=-5)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return 'EST'
    def __repr__(self): return 'EST()'
e = datetime(2020, 1, 1, 12, tzinfo=EST()); print(e, repr(e), e.tzname(), e.astimezone(timezone.utc), datetime(2020,1,1,tzinfo=timezone.utc).astimezone(EST()))
try: tzinfo().utcoffset(None)
except NotImplementedError as ex: print('NIE', ex)
print(datetime.min, datetime.max, datetime.resolution, time.min, time.max, isinstance(dt, date), issubclass(datetime, date), isinstance(tz5, tzinfo))
print(f'{dt:%Y/%m/%d %H:%M}', format(dt, ''), '{}'.format(aw))
print(dt.utctimetuple(), aw.utctimetuple()[:6], aw.timetuple().tm_isdst, e.timetuple().tm_isdst)
cases = [('2020-01-31 12:30:15', '%Y-%m-%d %H:%M:%S'), ('31/01/20', '%d/%m/%y'), ('1/2/69', '%m/%d/%y'), ('12/31/68', '%m/%d/%y'),
 ('Jan 5 2021  3:04PM', '%b %d %Y %I:%M%p'), ('Friday, January 31, 2020', '%A, %B %d, %Y'), ('fri jan 31 2020', '%a %b %d %Y'),
 ('2020-01-31T12:30:15.123', '%Y-%m-%dT%H:%M:%S.%f'), ('2020 366', '%Y %j'), ('2019 060', '%Y %j'), ('12 AM', '%I %p'), ('12 pm', '%I %p'),
 ('100%', '%H%%'), ('20200131', '%Y%m%d'), ('2020131', '%Y%m%d'), ('2020-01-31 +0530', '%Y-%m-%d %z'), ('2020-01-31 -05:00', '%Y-%m-%d %z'),
 ('2020-01-31 Z', '%Y-%m-%d %z'), ('2020-01-31 UTC', '%Y-%m-%d %Z'), ('Fri Jan 31 12:30:15 2020', '%c'), ('01/31/20', '%x'), ('12:30:15', '%X'),
 ('2020-01-31', '%Y-%m'), ('2020-13-01', '%Y-%m-%d'), ('2019-02-29', '%Y-%m-%d'), ('Feb 29', '%b %d'), ('x', '%Q'), ('5', '%'), ('2020', '%Y %Y'),
 ('2020 05 3', '%Y %W %w'), ('2020 05 3', '%Y %U %w'), ('2021 00 1', '%Y %W %w'), ('2021 00 6', '%Y %U %w'), ('2023 52 0', '%Y %U %w'),
 ('2020 5 5', '%G %V %u'), ('  2020', '%Y'), ('2020-1-5 7:8:9', '%Y-%m-%d %H:%M:%S'), ('2020-01-31 12:30:15.5 +01:00:30', '%Y-%m-%d %H:%M:%S.%f %z')]
for s, f in cases:
    try: print(repr(datetime.strptime(s, f)))
    except Exception as e: print(type(e).__name__, e)
for y in range(2015, 2030):
    for w in (0, 1, 2, 52):
        for wd in (0, 1, 6):
            r = []
            for f in ('%Y %W %w', '%Y %U %w'):
                try: r.append(datetime.strptime('%d %d %d' % (y, w, wd), f).strftime('%m-%d'))
                except Exception as e: r.append('E')
            print(y, w, wd, r, end='; ')
    print()
for s in ['2020-13-01', '2020-02-30', '2020-01-01T25:00', '2020-01-01T12:60', '2020-01-01T24:00', '2020-01-01T12:00+24:00', '2020-01-01T12:00+05:60', '0000-01-01', '2020-W54']:
    try: print(repr(datetime.fromisoformat(s)))
    except Exception as e: print(type(e).__name__, e)
for s in ['2020-13-01', '2020-02-30', '0000-01-01', '2020-W54', '2020-W00']:
    try: print(repr(date.fromisoformat(s)))
    except Exception as e: print(type(e).__name__, e)
for s in ['24:00', '12:60', '12:00:61', '12:00+25:00', '12:00:00.', '12:00:00,5', '1200', '12:00-0130', '12:00+01:30:15.5']:
    try: print(repr(time.fromisoformat(s)))
    except Exception as e: print(type(e).__name__, e)
print(timezone(timedelta(0)) is timezone.utc, repr(timezone(timedelta(0), 'UTC')), timezone(timedelta(0), "") is timezone.utc, timezone(timedelta(hours=1)).utcoffset(None))

# A tzinfo subclass with DST: the default fromutc(), tzname/dst/isdst, bad utcoffset results.
class Summer(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=1) + self.dst(dt)
    def dst(self, dt):
        return timedelta(hours=1) if dt is not None and 4 <= dt.month <= 9 else timedelta(0)
    def tzname(self, dt): return 'CEST' if self.dst(dt) else 'CET'
S = Summer()
for m in (1, 3, 4, 6, 9, 10, 12):
    u = datetime(2021, m, 15, 12, tzinfo=timezone.utc)
    l = u.astimezone(S)
    print(l, l.tzname(), l.dst(), l.utcoffset(), l.strftime('%Z %z'), l.astimezone(timezone.utc) == u, l.timetuple().tm_isdst, l.timestamp())
print(time(1, 2, 3).strftime('%c|%x|%X|%j|%U|%a'))
print(datetime(2020, 1, 1, tzinfo=S) - datetime(2020, 7, 1, tzinfo=S), datetime(2020, 7, 1, tzinfo=S) == datetime(2020, 7, 1, tzinfo=S))
class Bad(tzinfo):
    def utcoffset(self, dt): return 5
for f in [lambda: datetime(2020, 1, 1, tzinfo=Bad()).utcoffset(), lambda: datetime(2020,1,1,tzinfo=Bad()).isoformat(), lambda: datetime(2020, 1, 1, tzinfo=tzinfo()).utcoffset()]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(datetime.now(timezone.utc).tzinfo, datetime.now(timezone(timedelta(hours=3))).utcoffset())
print(datetime.strptime('Mon, 06 Jan 2020 10:00:00 +0000', '%a, %d %b %Y %H:%M:%S %z'))
print(repr(datetime.strptime('2020-06-01T10:00:00.000+02:00', '%Y-%m-%dT%H:%M:%S.%f%z')))
print(repr(datetime.strptime('  Jun   5 2020', ' %b %d %Y')), datetime.strptime('2020-06-05 10 PM', '%Y-%m-%d %I %p'))
print(timedelta(days=1, seconds=-1) // timedelta(seconds=1), timedelta(hours=-25).days, str(timedelta(hours=-25)), timedelta(minutes=90) / timedelta(hours=1), round(timedelta(seconds=1.23456).total_seconds(), 3))
