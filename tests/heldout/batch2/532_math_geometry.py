import math
def polygon_area(pts):
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]))) / 2
print(polygon_area([(0, 0), (4, 0), (4, 3), (0, 3)]), polygon_area([(0, 0), (2, 0), (1, 5)]))
def triangle_angles(a, b, c):
    A = math.degrees(math.acos((b * b + c * c - a * a) / (2 * b * c)))
    B = math.degrees(math.acos((a * a + c * c - b * b) / (2 * a * c)))
    return round(A, 6), round(B, 6), round(180 - A - B, 6)
print(triangle_angles(3, 4, 5), triangle_angles(1, 1, 1))
print(round(math.atan2(1, 1) * 4, 10), round(math.atan2(-1, -1), 10), round(math.tan(math.pi / 4), 10))
circle = lambda r: (round(2 * math.pi * r, 4), round(math.pi * r * r, 4))
print(circle(1), circle(2.5))
def rotate(p, deg):
    t = math.radians(deg)
    x, y = p
    return (round(x * math.cos(t) - y * math.sin(t), 9) + 0.0, round(x * math.sin(t) + y * math.cos(t), 9) + 0.0)
print(rotate((1, 0), 90), rotate((1, 1), 180), rotate((2, 0), 45))
print(math.isclose(math.sqrt(2) ** 2, 2), math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0, 1e-12, abs_tol=1e-9))
