import math
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot())
print(math.dist((0, 0), (3, 4)), math.dist((1, 1, 1), (2, 3, 3)))
def circle(r):
    return round(math.pi * r * r, 6), round(2 * math.pi * r, 6)
print(circle(1), circle(2.5))
def polar(x, y):
    return round(math.hypot(x, y), 6), round(math.degrees(math.atan2(y, x)), 6)
print(polar(1, 1), polar(-2, 0), polar(0, -3))
pts = [(0, 0), (4, 0), (4, 3)]
perim = sum(math.dist(pts[i], pts[(i + 1) % 3]) for i in range(3))
print(perim)
area = abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]))) / 2
print(area)
