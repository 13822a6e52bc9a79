import math
for deg in (0, 30, 45, 60, 90, 180):
    r = math.radians(deg)
    print(deg, round(math.sin(r), 10), round(math.cos(r), 10), round(math.degrees(r), 10))
print(round(math.tan(math.pi / 4), 10), round(math.atan(1) * 4, 10))
print(round(math.degrees(math.atan2(1, -1)), 10), round(math.degrees(math.atan2(-1, -1)), 10))
print(round(math.asin(1), 10), round(math.acos(0), 10), math.acos(1))
print(round(math.sinh(1), 10), round(math.cosh(0), 10), round(math.tanh(100), 10))
