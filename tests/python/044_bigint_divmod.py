# Floor division and modulo with Python's sign rules on big ints.
vals = [2 ** 64, -(2 ** 64), 10 ** 30 + 7, -(10 ** 30 + 7), 3, -3, 2 ** 32 + 1, -(2 ** 32 - 1), 12345678901234567890123]
for a in vals:
    row = []
    for b in vals:
        q, r = divmod(a, b)
        assert q * b + r == a
        assert (r == 0) or ((r < 0) == (b < 0))
        row.append("%d,%d" % (a // b, a % b))
    print(" ".join(row))
print(divmod(2 ** 200, 2 ** 100 + 1))
print(divmod(-(2 ** 200), 2 ** 100 + 1))
print(divmod(2 ** 200, -(2 ** 100 + 1)))
print(divmod(-(2 ** 200), -(2 ** 100 + 1)))
print((10 ** 40) // 7, (10 ** 40) % 7, (-10 ** 40) // 7, (-10 ** 40) % 7)
print(2 ** 64 % 10, -(2 ** 64) % 10, 2 ** 64 // -10, 5 // 2 ** 64, -5 // 2 ** 64, -5 % 2 ** 64)
print(2 ** 64 / 2 ** 32, (2 ** 64 + 1) / 2, 1 / 2 ** 64)
x = 10 ** 50
x //= 10 ** 30
x %= 999999937
print(x)
try:
    print(2 ** 64 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(2 ** 64 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(divmod(10 ** 20, 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(10 ** 20 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("OverflowError:", e)
