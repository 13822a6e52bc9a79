# round(): banker's rounding, ndigits (positive and negative), ints, and
# the representation error of binary floats.
print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5)])
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(3.14159, 3))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(7), round(7.0), type(round(7.5)).__name__, type(round(7.5, 0)).__name__, round(5, 2))
print(round(-0.4), round(1e20), round(2.5, 0), round(0.1 + 0.2, 10), round(123.456, -1))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
