# time: struct_time, gmtime, strftime, strptime and asctime on fixed
# timestamps (no local time zone involved).
import time

t = time.gmtime(0)
print(t)
print(t.tm_year, t[0], len(t), t.tm_wday, t.tm_yday, t.tm_isdst, t.tm_zone, isinstance(t, tuple))
print(t[:3], tuple(t)[-3:])
for secs in (86399, 951782400, 1234567890.9, 1700000000, -86400, 4102444800):
    g = time.gmtime(secs)
    print(tuple(g), time.asctime(g))
    print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %p %I', g))
    print(time.strftime('%c | %x | %X | %D %T %F %e %% %G-W%V-%u', g))
st = time.struct_time((2020, 2, 29, 13, 5, 9, 5, 60, 0))
print(st, st.tm_mon, time.strftime('%d/%m/%Y %H:%M', st), time.asctime(st))
p = time.strptime('2024-03-15 13:45:07', '%Y-%m-%d %H:%M:%S')
print(p, p.tm_wday, p.tm_yday)
print(time.strptime('15 March 2024', '%d %B %Y')[:3], time.strptime('Jan 5 99 07PM', '%b %d %y %I%p')[:4])
for thunk in (lambda: time.strptime('2024-13', '%Y'), lambda: time.strptime('x', '%Y'),
              lambda: time.struct_time((1, 2)), lambda: time.strftime('%Y', (1, 2))):
    try:
        thunk()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.process_time()).__name__)
a = time.perf_counter()
b = time.perf_counter()
print(b >= a, time.monotonic() > 0, isinstance(time.localtime(), time.struct_time))
