# time: deterministic conversions and formatting
import time
epoch = time.gmtime(0)
print(epoch.tm_year, epoch.tm_mon, epoch.tm_mday, epoch.tm_hour, epoch.tm_wday, epoch.tm_yday)
print(tuple(epoch))
t = time.gmtime(1700000000)
print(time.strftime("%Y-%m-%d %H:%M:%S", t), time.strftime("%j %U %w", t))
print(time.strftime("%a %A %b %B %p %y %%", t))
print(time.asctime(t), time.asctime(time.gmtime(86400 * 366)))
parsed = time.strptime("2024-02-29 13:45:10", "%Y-%m-%d %H:%M:%S")
print(parsed.tm_year, parsed.tm_mon, parsed.tm_mday, parsed.tm_hour, parsed.tm_min, parsed.tm_sec, parsed.tm_wday, parsed.tm_yday)
print(time.strftime("%d/%m/%Y", parsed))
try:
    time.strptime("2023-02-29", "%Y-%m-%d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    time.strptime("not a date", "%Y")
except ValueError as e:
    print(type(e).__name__, e)
st = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 2, 0))
print(st.tm_year, st[5], time.strftime("%Y%m%dT%H%M%S", st), len(st))
now = time.time()
print(now > 1.6e9, isinstance(now, float), isinstance(time.time_ns(), int))
m1 = time.monotonic()
m2 = time.monotonic()
print(m2 >= m1)
p1 = time.perf_counter()
time.sleep(0)
print(time.perf_counter() - p1 >= 0)
print(time.gmtime(1e9).tm_year, time.gmtime(-86400).tm_year, time.gmtime(2 ** 31).tm_year)
print(time.strftime("%H:%M", time.gmtime(3600 * 5 + 60 * 7)))
