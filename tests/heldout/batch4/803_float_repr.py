# float repr and arithmetic edge cases
print(0.1 + 0.2, 0.1 + 0.2 == 0.3)
print(1e16, 1e15, 1.5e-7, 0.0001, 123456789.0)
print(1/3, 2/3, 10/4, 7.0, -0.0)
print(float('inf'), float('-inf'), float('nan'))
inf = float('inf')
nan = float('nan')
print(inf + 1, inf - inf, inf * 0, nan == nan, nan != nan)
print(1e308 * 10, -1e308 * 10)
print(5e-324, 5e-324 / 2)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2))
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio())
print((3.0).is_integer(), (3.5).is_integer())
print((255.5).hex(), float.fromhex('0x1.8p1'))
print(float('1_000.5'), float('  -2.5e3 '), float('INF'), float('-nan'))
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(divmod(7.5, -2))
print(2 ** 0.5, 10 ** -2, 2.0 ** 10)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    float('abc')
except ValueError as e:
    print(type(e).__name__, e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__)
print(int(1e20), float(10**20), 1e20 == 10**20)
print(str(1.0), repr(1e-5), str(1e22), str(12345678901234567.0))
print(max(1.5, 2), min(-0.0, 0.0), abs(-3.25))
