from datetime import date, timedelta
d = date(2020, 1, 31)
print(d, d.year, d.month, d.day, d.weekday(), d.isoweekday())
print(d + timedelta(days=1), d + timedelta(days=30), d - timedelta(weeks=5))
print(date(2020, 3, 1) - date(2020, 2, 1), (date(2021, 1, 1) - date(2020, 1, 1)).days)
print(date(2020, 2, 28) + timedelta(days=1), date(2019, 2, 28) + timedelta(days=1))
print(d.replace(day=1), d.isoformat(), date.fromisoformat("1999-12-31"))
print(d < date(2020, 2, 1), max(date(2020, 1, 1), date(2019, 12, 31)))
print(d.toordinal(), date.fromordinal(d.toordinal() + 1), d.timetuple().tm_yday)
try:
    date(2021, 2, 29)
except ValueError as e:
    print(type(e).__name__, e)
print(d.isocalendar()[:], date(2020, 12, 31).isocalendar().week)
