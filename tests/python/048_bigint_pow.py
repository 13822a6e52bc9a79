# ** and pow() on big ints, including 3-argument pow.
print(2 ** 64, 2 ** 100, (-2) ** 101, 7 ** 77, (-3) ** 40, 10 ** 40)
print(2 ** -1, (2 ** 70) ** -1, 10 ** -20, (-2 ** 64) ** -2)
print(0 ** 0, 1 ** (10 ** 30), (-1) ** (10 ** 30 + 1), 0 ** (2 ** 70))
print((2 ** 64) ** 3, (3 ** 50) ** 2 == 3 ** 100, pow(12345678901234567890, 5))
print(pow(2, 100, 10 ** 9 + 7), pow(3, 200, -1000), pow(2 ** 70, 3, 2 ** 65 + 1), pow(-2 ** 70, 5, 97))
print(pow(3, -1, 7), pow(2 ** 70 + 1, -1, 1000003), pow(5, 0, 1), pow(7, 10 ** 20, 13), pow(10, 2 ** 70, 2 ** 64))
print(pow(2, 10, None), pow(2 ** 64, 2))
r = 1
for k in range(1, 30):
    r = (r * 31 + k) ** 2 % (2 ** 127 - 1)
print(r)
x = 3
x **= 100
print(x)
try:
    print(pow(2, 3, 0))
except ValueError as e:
    print("ValueError:", e)
try:
    print(pow(2, -1, 4))
except ValueError as e:
    print("ValueError:", e)
try:
    print(pow(2.0, 3, 5))
except TypeError as e:
    print("TypeError:", e)
try:
    print(0 ** -(2 ** 64))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1 << 2 ** 64)
except MemoryError as e:
    print("MemoryError", e)
