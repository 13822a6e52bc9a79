print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2))
print(divmod(7.5, 2), divmod(-7.5, 2))
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13), pow(2, -1), pow(-8, 1 / 3).real > 0)
print(pow(3, -1, 7), pow(5, -2, 13))
print(abs(-5), abs(5.5), abs(-0.0), abs(3 - 4j), abs(True))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print((-8) ** (1 / 3))
