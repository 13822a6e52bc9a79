import time

t1 = time.monotonic()
t2 = time.monotonic()
print(type(t1).__name__, t2 >= t1)
p1 = time.perf_counter()
total = sum(i * i for i in range(10000))
p2 = time.perf_counter()
print(total, p2 >= p1, (p2 - p1) >= 0)
n1 = time.monotonic_ns()
n2 = time.monotonic_ns()
print(type(n1).__name__, n2 >= n1)
start = time.monotonic()
time.sleep(0.02)
elapsed = time.monotonic() - start
print("slept at least 15 ms:", elapsed >= 0.015)
c1 = time.process_time()
print(isinstance(c1, float), c1 >= 0)
now = time.time()
print(isinstance(now, float), now > 1_600_000_000)
st = time.gmtime(0)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_wday, st.tm_yday)
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(86400 * 365)))
print(time.strftime("%a %b %d %j", time.gmtime(1_000_000_000)))
parsed = time.strptime("2024-02-29 13:45", "%Y-%m-%d %H:%M")
print(parsed.tm_year, parsed.tm_mon, parsed.tm_mday, parsed.tm_hour, parsed.tm_min, parsed.tm_yday, parsed.tm_wday)
print(time.gmtime(1_700_000_000)[:6], tuple(time.gmtime(1_700_000_000))[6:8])
import calendar
print(calendar.timegm(time.gmtime(1_234_567_890)) == 1_234_567_890)
readings = []
for _ in range(5):
    readings.append(time.monotonic())
print(all(a <= b for a, b in zip(readings, readings[1:])))
deadline = time.monotonic() + 0.05
loops = 0
while time.monotonic() < deadline and loops < 5:
    loops += 1
print("loops bounded:", 1 <= loops <= 5)
print(time.get_clock_info("monotonic").monotonic, time.get_clock_info("perf_counter").monotonic)
