import math

print(" deg    sin     cos     tan")
for deg in (0, 30, 45, 60, 90, 120, 180, 270):
    r = math.radians(deg)
    t = math.tan(r) if abs(math.cos(r)) > 1e-12 else float("inf")
    print(f"{deg:4} {math.sin(r):7.4f} {math.cos(r):7.4f} {t:9.4f}")
print(round(math.degrees(math.asin(0.5)), 6), round(math.degrees(math.acos(0.5)), 6), math.degrees(math.atan(1)))
print(math.atan2(1, 1), math.atan2(1, -1), math.atan2(-1, -1), math.atan2(0, 1))
print(math.sinh(0), round(math.cosh(1), 10), round(math.tanh(0.5), 10), round(math.asinh(1), 10))


def polygon_area(points):
    s = 0.0
    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]):
        s += x1 * y2 - x2 * y1
    return abs(s) / 2


def perimeter(points):
    return sum(math.dist(a, b) for a, b in zip(points, points[1:] + points[:1]))


square = [(0, 0), (4, 0), (4, 4), (0, 4)]
tri = [(0, 0), (3, 0), (0, 4)]
hexagon = [(math.cos(math.radians(a)), math.sin(math.radians(a))) for a in range(0, 360, 60)]
print(polygon_area(square), perimeter(square), polygon_area(tri), perimeter(tri))
print(round(polygon_area(hexagon), 6), round(3 * math.sqrt(3) / 2, 6), round(perimeter(hexagon), 6))


def haversine(lat1, lon1, lat2, lon2, r=6371.0):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


print(f"{haversine(51.5074, -0.1278, 48.8566, 2.3522):.1f} km", f"{haversine(0, 0, 0, 180):.1f}")
angle = math.atan2(3, 4)
print(round(math.degrees(angle), 4), round(5 * math.cos(angle), 10), round(5 * math.sin(angle), 10))
print(math.log(1024, 2), round(math.log(1000, 10), 12), math.log2(0.125), math.log10(0.001), math.exp(math.log(7)))
half_life = 5730
print(f"{100 * math.exp(-math.log(2) * 10000 / half_life):.3f}%")
