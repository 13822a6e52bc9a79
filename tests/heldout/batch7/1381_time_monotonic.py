import time

t0 = time.monotonic()
t1 = time.monotonic()
print(isinstance(t0, float), t1 >= t0)
p0 = time.perf_counter()
total = sum(range(100000))
p1 = time.perf_counter()
print(total, p1 >= p0, (p1 - p0) < 60)
ns0 = time.monotonic_ns()
time.sleep(0.02)
ns1 = time.monotonic_ns()
print(isinstance(ns0, int), ns1 - ns0 >= 15_000_000)
s0 = time.monotonic()
time.sleep(0.01)
s1 = time.monotonic()
print(s1 - s0 >= 0.005, s1 - s0 < 5)
readings = [time.monotonic() for _ in range(50)]
print(all(b >= a for a, b in zip(readings, readings[1:])))
print(isinstance(time.time(), float), time.time() > 1_600_000_000)
epoch = time.gmtime(0)
print(epoch.tm_year, epoch.tm_mon, epoch.tm_mday, epoch.tm_hour, epoch.tm_wday, epoch.tm_yday)
fixed = time.gmtime(1_700_000_000)
print(time.strftime("%Y-%m-%d %H:%M:%S", fixed), fixed.tm_wday, time.strftime("%A %B %j", fixed))
print(time.mktime(time.localtime(1_000_000)) == 1_000_000.0)
parsed = time.strptime("2024-02-29 13:45", "%Y-%m-%d %H:%M")
print(parsed.tm_year, parsed.tm_mon, parsed.tm_mday, parsed.tm_hour, parsed.tm_min, parsed.tm_yday)
print(time.strftime("%d/%m/%y", parsed), tuple(time.gmtime(86400 * 365))[:3])


class Stopwatch:
    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.start


with Stopwatch() as sw:
    sorted(range(10000), key=lambda x: -x)
print(sw.elapsed >= 0, type(sw.elapsed).__name__)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
