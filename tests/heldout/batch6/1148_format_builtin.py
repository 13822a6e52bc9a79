print(format(3.14159, ".2f"), format(42, "5d"), format(42, "<5") + "|", format("s", "^5") + "|")
print(format(1234567, ","), format(0.123, ".1%"), format(1e6, ".2e"), format(255, "x"), format(True))
print(format(None), format([1, 2]), format(3 + 4j), format(2.0), format(1e16), format(10 ** 16))
print(format(-12.5, "+.1f"), format(12.5, " .1f"), format(12.5, "=+8.1f"), format(12, "08.2f"))
print(format(65, "c"), format(0.000001, "g"), format(1234.5, "G"), format(1e-10, "e"))
print(format("abc", ".2"), format("abc", "10.2") + "|", format("right", ">10"), format("left", "<10") + "|")
print(format(123.456, "10.2f") + "|", format(123.456, "<10.1f") + "|", format(123.456, "^12.3f") + "|")
print(format(1234.5678, ",.2f"), format(1234.5678, "_.3f"), format(-1234567, ","), format(123, "_b"))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
print(format(12345.6789, ".3g"), format(0.00012345, ".2g"), format(100, ".2g"), format(1.0, "g"), format(1.5, "#g"))
print(format(float("nan"), "+.2f"), format(float("-inf"), "8.1f") + "|", format(float("inf"), "E"))
print(format(42, ""), format(42.0, ""), format("x", ""), format(3.25, ""), format(-7, ""))


class Temp:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        if spec.endswith("C"):
            return format(self.c, spec[:-1] + "f") + "°C"
        return str(self.c)


t = Temp(21.5)
print(format(t, ".1C"), format(t, ".0F"), f"{t:.2C}", format(t), "{:.1F}".format(t))


class NoFormat:
    pass


try:
    format(NoFormat(), "d")
except TypeError as e:
    print("TypeError:", e)
for spec in ["s", ".2f"]:
    try:
        print(format(5, spec))
    except ValueError as e:
        print("ValueError:", e)
try:
    format("abc", "+")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
rows = [("apple", 3, 1.5), ("banana", 12, 0.25), ("kiwi", 100, 12.0)]
print(f"{'item':<8}{'qty':>5}{'price':>8}")
for name, qty, price in rows:
    print(f"{name:<8}{qty:>5}{price:>8.2f}")
print(f"{'total':<8}{sum(r[1] for r in rows):>5}{sum(r[1] * r[2] for r in rows):>8.2f}")
