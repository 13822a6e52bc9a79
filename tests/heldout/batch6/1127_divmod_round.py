for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (5, 7)]:
    q, r = divmod(a, b)
    print(a, b, "->", q, r, q * b + r == a, a // b == q, a % b == r)
for a, b in [(7.5, 2), (-7.5, 2), (1, 0.3), (5.0, -1.5)]:
    print(a, b, divmod(a, b), round(a % b, 12))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.5))
print(round(2.345, 2), round(2.355, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(12345, -2), round(12350, -2), round(12450, -2), round(-12350, -2), round(5, 2))
print(round(3.14159), type(round(3.14159)).__name__, round(3.14159, 0), type(round(3.14159, 0)).__name__)
print(round(1234.5678, -1), round(1234.5678, 1), round(-0.4), round(1e300), round(7, -1))
print(round(float("inf"), 2), round(float("nan"), 1))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1.0, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __round__(self, ndigits=None):
        if ndigits is None:
            return round(self.cents / 100)
        return Money(round(self.cents, ndigits))

    def __divmod__(self, other):
        return divmod(self.cents, other)

    def __repr__(self):
        return f"Money({self.cents})"


m = Money(12345)
print(round(m), round(m, -2), divmod(m, 100))
seconds = 100000
mins, secs = divmod(seconds, 60)
hours, mins = divmod(mins, 60)
days, hours = divmod(hours, 24)
print(f"{days}d {hours:02d}:{mins:02d}:{secs:02d}")
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5), math.floor(2.5), math.ceil(2.1))
print(divmod(2 ** 70, 3 ** 20), divmod(-(2 ** 70), 7))
