# divmod, pow with modulus and negative exponents, abs, and integer
# division/modulo signs.
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5)]:
    print(a, b, a // b, a % b, divmod(a, b), -a // b, a - b * (a // b))
print(divmod(7.5, 2), divmod(-7.5, 2), 7.5 // 2, -7.5 % 2, 7 % -2.5, 5.0 // 0.3)
print(pow(3, 4), pow(3, 4, 5), pow(-3, 3, 7), pow(2, -1), pow(2.0, 0.5), pow(4, 0.5), pow(0, 0))
print(pow(3, -1, 7), pow(38, -1, 97), 2 ** -2, (-8) ** (1 / 3) if False else "skip", (-2) ** 3)
print(abs(-5), abs(5.5), abs(-0.0), abs(True), abs(-2 ** 70))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
