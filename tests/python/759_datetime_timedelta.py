# datetime.timedelta: constructor normalisation (ints and floats, round-half-even), repr/str,
# arithmetic with ints/floats/timedeltas, comparisons, hashing, limits and errors.
# Pyrite's datetime classes are Python classes, so operator errors name them 'timedelta', not 'datetime.timedelta'.
import datetime as dtm
from datetime import date, time, datetime, timedelta, timezone, tzinfo, MINYEAR, MAXYEAR
td = timedelta
cases = [td(), td(1), td(days=1, hours=1), td(seconds=-0.5), td(-1), td(days=-1, seconds=1),
         td(weeks=2, days=-3, hours=25, minutes=61, seconds=61, milliseconds=1001, microseconds=1001),
         td(seconds=1.5), td(microseconds=0.5), td(microseconds=1.5), td(microseconds=-0.5),
         td(days=0.1), td(hours=1/3), td(minutes=-7.77), td(days=1e-7), td(weeks=1.23456789),
         td(milliseconds=0.0005), td(milliseconds=0.0015), td(days=-3.3, seconds=0.7, microseconds=0.3)]
for c in cases:
    print(repr(c), str(c), c.days, c.seconds, c.microseconds, c.total_seconds(), bool(c))
a = td(days=3, hours=5, microseconds=7); b = td(hours=7, seconds=13)
print(a + b, a - b, b - a, -a, +a, abs(-a), a * 3, 3 * a, a * 0.37, a / 3, a / 0.7, a // 5, a // b, a / b, a % b, divmod(a, b), divmod(-a, b))
print(a * -1.5, td(microseconds=5) / 2, td(microseconds=7) / 2, td(microseconds=-5)/2, td(1)*(1/3))
print(a > b, a < b, a == td(3, 18000, 7), a != b, a >= b, a <= b, a == 5, hash(a) == hash(td(3, 18000, 7)))
print(td.min, td.max, td.resolution, repr(td.min), repr(td.max))
for bad in [lambda: td(days=1e9), lambda: td('1'), lambda: a + 1, lambda: a < 1, lambda: td.max + td.resolution, lambda: a / 0]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, str(e).replace("'datetime.", "'"))
print(sorted([a, b, td(0), -b]))
print({a: 1}[td(days=3, hours=5, microseconds=7)])
class MyTD(td): pass
print(repr(MyTD(1)), type(MyTD(1) + td(1)).__name__)
print(td.__module__, date.__module__, datetime.__name__, MINYEAR, MAXYEAR)
