# pygc-stress: 10
# gc-stress: 200
# datetime.date and datetime.datetime: validation, ordinals, ISO formats and calendar, replace,
# arithmetic, comparisons between dates and datetimes, strftime, subclasses, timestamps.
# Pyrite's datetime classes are Python classes, so operator errors name them 'timedelta', not 'datetime.timedelta'.
from datetime import date, time, datetime, timedelta, timezone
import datetime as datetime_module
d = date(2020, 1, 31)
print(repr(d), str(d), d.year, d.month, d.day, d.toordinal(), d.weekday(), d.isoweekday(), d.isocalendar(), d.ctime())
ic = d.isocalendar(); print(ic.year, ic.week, ic.weekday, ic[0], tuple(ic), ic == (2020, 5, 5))
for args in [(2020, 13, 1), (2020, 2, 30), (0, 1, 1), (10000, 1, 1), (2019, 2, 29), (2020, 0, 1), (2021, 4, 31), (2020.0, 1, 1), ('2020', 1, 1)]:
    try: print(date(*args))
    except Exception as e: print(type(e).__name__, str(e).replace("'datetime.", "'"))
try: date(2020)
except TypeError as e: print(e)
print(date(2020, 2, 29), date(2000, 2, 29), date(1, 1, 1).toordinal(), date(9999, 12, 31).toordinal())
for n in [1, 2, 365, 366, 730120, 737455, 3652059, 146097, 146098, 36524, 36525, 1461]:
    x = date.fromordinal(n); print(n, x, x.toordinal() == n)
for y in [2000, 2004, 2008, 2009, 2010, 2015, 2020, 2021, 2026, 1900, 1, 9999]:
    for m, dd in [(1, 1), (1, 3), (12, 28), (12, 31), (6, 15)]:
        print(date(y, m, dd).isocalendar(), end=' ')
    print()
for s in ['2020-01-31', '20200131', '2020-W05', '2020-W05-5', '2020W055', '2020W05', '2020-W53-1', '2021-W53', '2020-1-31', '2020-01-32', 'x', '2020-01-31T00:00']:
    try: print(repr(date.fromisoformat(s)))
    except Exception as e: print(type(e).__name__, str(e).replace("'datetime.", "'"))
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2004, 1, 1))
for args in [(2021, 53, 1), (2020, 0, 1), (2020, 1, 8), (0, 1, 1)]:
    try: print(date.fromisocalendar(*args))
    except Exception as e: print(type(e).__name__, str(e).replace("'datetime.", "'"))
print(d.replace(day=1), d.replace(year=2021, month=3))
try: d.replace(month=2)
except ValueError as e: print(e)
print(d + timedelta(days=30), timedelta(1) + d, d - timedelta(days=366), d - date(2019, 1, 31), date(2019, 1, 1) - d, d + timedelta(hours=47))
for bad in [lambda: date.max + timedelta(1), lambda: date.min - timedelta(1), lambda: d + 1, lambda: d - 1, lambda: d < 3, lambda: d - datetime(2020,1,1)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, str(e).replace("'datetime.", "'"))
print(d == date(2020, 1, 31), d != date(2020, 1, 31), d < date(2020, 2, 1), d > date(2020, 2, 1), d == 1, d == datetime(2020, 1, 31), datetime(2020,1,31) == d)
try: print(d < datetime(2020, 1, 31))
except TypeError as e: print(e)
print(sorted([date(2020, 5, 1), date(2019, 12, 31), d]), len({d, date(2020, 1, 31), date(2020, 2, 1)}))
print(date.min, date.max, date.resolution, repr(date.min))
print(d.strftime('%Y-%m-%d %a %A %b %B %j %U %W %w %y %H:%M:%S %p %% %c | %x | %X | %e %u %V %G %f'))
print(date(5, 1, 1).strftime('%Y %y %c %x %G'), date(1999, 12, 31).strftime('%C %g %D %F %T %R %r'))
print(format(d, '%d/%m/%Y'), format(d, ''), f'{d:%B %d, %Y}', '{:%y}'.format(d))
class MyDate(date): pass
md = MyDate(2020, 1, 1); print(repr(md), type(md + timedelta(1)).__name__, type(MyDate.fromordinal(5)).__name__, type(MyDate.fromisoformat('2020-01-01')).__name__)
print(d.timetuple())
for y in range(2015, 2030):
    dd = date(y, 1, 1)
    print(y, [date(y, m, 1).strftime('%U%W') for m in (1, 2, 12)], date(y, 12, 31).strftime('%U %W %j'))
import copy
print(copy.copy(d), copy.deepcopy(d))
class MyDT(datetime):
    def hello(self): return 'hi'
m = MyDT(2020, 1, 1, 5)
print(repr(m), type(m + timedelta(1)).__name__, type(MyDT.strptime('2020', '%Y')).__name__, type(MyDT.fromisoformat('2020-01-01')).__name__, type(MyDT.combine(date(2020,1,1), time())).__name__, m.hello())
print(repr(datetime(2020, 1, 1, fold=1)), repr(time(1, fold=1)), datetime(2020,1,1,fold=1) == datetime(2020,1,1))
print(td := timedelta(microseconds=2.5), timedelta(microseconds=3.5), timedelta(seconds=0.0000025), timedelta(days=1.0000000001))
print(datetime_module.date.__module__, datetime_module.datetime.__qualname__, datetime_module.timezone.utc.utcoffset(None), datetime_module.MINYEAR)
print(datetime(2020,3,1) - timedelta(days=1), date(2020,3,1) - timedelta(days=1, hours=23), datetime(2000,1,1) - datetime(1,1,1))
print(datetime(2024, 2, 29, 23, 59, 59, 999999) + timedelta(microseconds=1))
print(time(23, 59).isoformat('minutes'), datetime(1, 1, 1).strftime('%Y|%c|%G|%F|%x'))
print(isinstance(date.today(), date), type(datetime.today()).__name__)
x = {datetime(2020,1,1): 'a', date(2020,1,1): 'b', time(0): 'c'}; print(len(x))
print(datetime(2020,1,1,tzinfo=timezone(timedelta(hours=2))).timestamp(), datetime(2020,1,1,12,tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=-8), 'PST')))
print(min(datetime(2020,1,1), datetime(2019,1,1)), max([date(2020,1,1), date(2021,1,1)]))

# Randomised round trips (fixed seed): strftime over all directives, ISO formats, strptime,
# timedelta float arithmetic and fromtimestamp.
import random
r = random.Random(12345)
fmt = '%a %A %w %u %d %e %b %B %m %y %Y %C %G %g %V %H %k %I %l %p %M %S %f %j %U %W %c %x %X %D %T %R %r %%'
for i in range(120):
    o = r.randint(1, 3652059)
    d = date.fromordinal(o)
    dt = datetime.combine(d, time(r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999999)))
    s = dt.strftime(fmt)
    print(s, d.isocalendar(), dt.isoformat())
    if d.year < 1000: continue
    back = datetime.strptime(dt.strftime('%Y-%m-%d %H:%M:%S.%f'), '%Y-%m-%d %H:%M:%S.%f')
    if back != dt: print('roundtrip', dt)
    if d.year >= 1000:
        assert datetime.fromisoformat(dt.isoformat()) == dt
for i in range(120):
    kw = {}
    for k in ('days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks'):
        c = r.random()
        if c < 0.3: kw[k] = r.randint(-10**6, 10**6)
        elif c < 0.6: kw[k] = r.uniform(-1000, 1000)
    t = timedelta(**kw)
    f = r.uniform(-100, 100)
    print(repr(t), t * f, t / f, t // r.randint(1, 1000), t / timedelta(hours=1), t % timedelta(minutes=7))
for i in range(80):
    ts = r.uniform(-2e9, 4e9)
    print(datetime.fromtimestamp(ts), datetime.fromtimestamp(ts).timestamp() == round(ts, 6), datetime.utcfromtimestamp(int(ts)))
