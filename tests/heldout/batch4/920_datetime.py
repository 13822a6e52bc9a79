# datetime with fixed values only
from datetime import date, time, datetime, timedelta, timezone
d = date(2024, 2, 28)
print(d, d + timedelta(days=1), d + timedelta(days=2), d.weekday(), d.isoweekday(), d.isocalendar())
print(d.year, d.month, d.day, d.replace(day=1), d.toordinal(), date.fromordinal(738000))
print(date(2023, 12, 31) - date(2023, 1, 1), (date(2024, 3, 1) - date(2024, 2, 1)).days)
print(date.fromisoformat('2021-07-04').strftime('%A, %B %d, %Y'), d.strftime('%d/%m/%y %j'))
dt = datetime(2024, 5, 17, 14, 30, 15, 250000)
print(dt, dt.isoformat(), dt.date(), dt.time(), dt.timestamp() if dt.tzinfo else 'naive')
print(dt + timedelta(hours=12), dt - timedelta(weeks=1, minutes=45), dt.replace(microsecond=0))
print(datetime.strptime('2020-02-29 23:59', '%Y-%m-%d %H:%M'), datetime.fromisoformat('2022-01-02T03:04:05'))
td = timedelta(days=2, hours=5, minutes=3, seconds=7)
print(td, td.total_seconds(), td.days, td.seconds, -td, abs(-td), td * 2, td / 2, td // timedelta(hours=1))
print(timedelta(seconds=-1), timedelta(microseconds=1500), timedelta(days=1) == timedelta(hours=24))
utc = datetime(2024, 1, 1, 12, 0, tzinfo=timezone.utc)
est = timezone(timedelta(hours=-5), 'EST')
print(utc, utc.astimezone(est), utc.astimezone(est).tzname(), utc.timestamp())
print(datetime.fromtimestamp(0, tz=timezone.utc), datetime.fromtimestamp(1700000000, timezone.utc).isoformat())
print(time(9, 5), time(23, 59, 59, 999999).isoformat(), time(7, 30).strftime('%I:%M %p'))
print(sorted([date(2024, 1, 5), date(2023, 6, 1), date(2024, 1, 1)]), max(dt, datetime(2025, 1, 1)))
print(repr(d), repr(td), repr(time(1, 2)))
try:
    date(2023, 2, 29)
except ValueError as e:
    print(type(e).__name__, e)
try:
    datetime(2024, 1, 1) - utc
except TypeError as e:
    print(type(e).__name__, e)
print(f'{dt:%Y-%m-%d %H:%M}', format(d, '%b %d'), (datetime(2024, 3, 10) - datetime(2024, 3, 9, 12)).total_seconds())
