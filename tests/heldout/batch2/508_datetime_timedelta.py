from datetime import datetime, timedelta, timezone
a = datetime(2020, 1, 1, 12, 0)
b = datetime(2020, 1, 3, 15, 30, 45)
delta = b - a
print(delta, delta.days, delta.seconds, delta.total_seconds())
print(a + timedelta(hours=36), a - timedelta(minutes=90))
td = timedelta(days=1, hours=25, minutes=61, seconds=3661)
print(td, td.days, td.seconds)
print(timedelta(seconds=-1), abs(timedelta(days=-2)), timedelta(hours=1) * 3, timedelta(hours=3) / timedelta(minutes=30))
print(timedelta(days=7) // 2, timedelta(minutes=100) % timedelta(hours=1))
utc = datetime(2020, 6, 1, 12, 0, tzinfo=timezone.utc)
est = utc.astimezone(timezone(timedelta(hours=-5)))
print(utc, est, est.utcoffset(), utc == est)
print(datetime(2020, 1, 1) < datetime(2020, 1, 1, 0, 0, 1), (a.replace(hour=0) - a).total_seconds())
hours = [(a + timedelta(hours=8 * i)).strftime("%d %H:%M") for i in range(4)]
print(hours)
