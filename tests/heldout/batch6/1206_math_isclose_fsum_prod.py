import math

print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3)
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.0001), math.isclose(1.0, 1.0001, rel_tol=1e-3))
print(math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(1e-300, 2e-300))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, 1e308), math.isclose(math.nan, math.nan))
print(math.isclose(-1.0, -1.0000000001), math.isclose(100, 101, rel_tol=0.01), math.isclose(100, 102, rel_tol=0.01))
try:
    math.isclose(1, 1, rel_tol=-1)
except ValueError as e:
    print("ValueError:", e)
vals = [0.1] * 10
print(sum(vals), math.fsum(vals), math.fsum(vals) == 1.0)
print(math.fsum([1e100, 1.0, -1e100, 1.0]), sum([1e100, 1.0, -1e100, 1.0]))
print(math.fsum([]), math.fsum(range(5)), math.fsum([0.5, 0.25, 0.125]))
print(math.fsum([1.0, -1.0, 1e-20]), math.fsum([1e308, -1e308, 5.0]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 11)), math.prod([1, 2], start=10))
print(math.prod([]) == 1, math.prod(x for x in [3, 3, 3]), math.prod([True, 2]))
print(math.prod([2 ** 40] * 3) == 2 ** 120, math.prod([3], start="ab"))
weights = [0.2, 0.3, 0.5]
scores = [80, 90, 70]
print(math.fsum(w * s for w, s in zip(weights, scores)), math.fsum(map(lambda p: p[0] * p[1], zip(weights, scores))) == 78.0)
readings = [20.1, 20.3, 19.8, 20.0, 20.2]
mean = math.fsum(readings) / len(readings)
var = math.fsum((r - mean) ** 2 for r in readings) / (len(readings) - 1)
print(round(mean, 6), round(var, 6), round(math.sqrt(var), 6))
target = 0.3
approx = [0.1 * 3, 0.3, 0.30000001, 0.31]
print([math.isclose(a, target) for a in approx], [math.isclose(a, target, rel_tol=1e-6) for a in approx])
