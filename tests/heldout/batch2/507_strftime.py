from datetime import date, datetime
d = date(2023, 7, 4)
print(d.strftime("%Y-%m-%d"), d.strftime("%d/%m/%y"), d.strftime("%A %B %d"), d.strftime("%a %b %j"))
dt = datetime(2021, 12, 25, 18, 5, 9, 123456)
print(dt, dt.isoformat(), dt.strftime("%H:%M:%S"), dt.strftime("%I:%M %p"))
print(dt.date(), dt.time(), dt.microsecond, f"{dt:%Y/%m/%d %H.%M}")
p = datetime.strptime("2022-03-15 08:30", "%Y-%m-%d %H:%M")
print(p, p.hour, p.minute, repr(p))
print(datetime.strptime("15 Mar 2022", "%d %b %Y").date())
try:
    datetime.strptime("2022-13-01", "%Y-%m-%d")
except ValueError as e:
    print(type(e).__name__, e)
print(datetime.fromisoformat("2020-02-29T23:59:59").strftime("%c"))
