# time: time, time_ns, perf_counter, monotonic, sleep
import time

t0 = time.time()
n0 = time.time_ns()
p0 = time.perf_counter()
m0 = time.monotonic()
time.sleep(0.05)
time.sleep(0)
p1 = time.perf_counter()
m1 = time.monotonic()
print(type(t0).__name__, type(n0).__name__, type(p0).__name__, type(time.monotonic_ns()).__name__)
print(t0 > 1.6e9, n0 > 1600000000 * 10**9, abs(n0 / 1e9 - t0) < 5)
print(p1 - p0 >= 0.045, m1 - m0 >= 0.045, p1 - p0 < 5)
print(time.perf_counter_ns() > 0)
for bad in [-1, "x", float("nan")]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(time.sleep.__name__, time.time.__name__)
