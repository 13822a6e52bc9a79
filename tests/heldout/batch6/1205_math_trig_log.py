import math

angles = [0, 30, 45, 60, 90, 180, 270]
for deg in angles:
    r = math.radians(deg)
    print(f"{deg:>3}: sin={math.sin(r):+.4f} cos={math.cos(r):+.4f} tan={math.tan(r) if deg not in (90, 270) else float('inf'):+.4f}")
print(math.asin(1), math.acos(0), math.atan(1), math.acos(1), math.asin(0))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(1, 0), math.atan2(0.0, 0.0))
print(math.degrees(math.atan2(3, 4)))
print(math.sinh(0), math.cosh(0), math.tanh(0), round(math.tanh(100), 6), math.asinh(0), math.acosh(1), math.atanh(0))
print(round(math.sinh(1), 12), round(math.cosh(1), 12))
print(math.log(1), math.log(0.5, 2), math.log(1024, 2), math.log(2 ** 1000), math.log10(0.001))
print(math.log(10 ** 400) > 920, math.log2(2 ** 100), math.log10(10 ** 50))
print(round(math.sin(math.pi), 12) == 0, abs(math.sin(math.pi)) < 1e-15, math.cos(math.pi))
x = 0.7
print(math.isclose(math.sin(x) ** 2 + math.cos(x) ** 2, 1.0), math.isclose(math.tan(x), math.sin(x) / math.cos(x)))
print(math.isclose(math.exp(math.log(5)), 5), math.isclose(math.log(math.exp(3)), 3))


def polar_to_cart(r, theta):
    return round(r * math.cos(theta), 9), round(r * math.sin(theta), 9)


print(polar_to_cart(2, math.pi / 2), polar_to_cart(1, math.pi), polar_to_cart(math.sqrt(2), math.pi / 4))


def haversine(lat1, lon1, lat2, lon2, radius=6371.0):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * radius * math.asin(math.sqrt(a))


print(f"{haversine(51.5074, -0.1278, 48.8566, 2.3522):.1f} km")
print(math.sin(1e-8) == 1e-8, math.tan(math.pi / 4))
