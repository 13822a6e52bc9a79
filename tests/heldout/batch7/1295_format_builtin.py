rows = [("Widget", 1234.5, 0.075), ("Gadget", 99.999, 0.2), ("Thingamajig", 1e6, 1.0)]
for name, amount, rate in rows:
    print(format(name, "<12.8") + "|" + format(amount, ">14,.2f") + "|" + format(rate, ">7.1%"))
print(format(42), format(42, ""), format(42, "5"), format(42, "<5") + "|", format(42, "^7") + "|")
print(format(3.14159, ".3"), format(3.14159, ".3f"), format(3.14159, "e"), format(0.000012345, "g"))
print(format(1e-5, ""), format(100000.0, "g"), format(1e6, "g"), format(123456789, "e"))
print(format("text", ">10"), format("text", "-^10"), format("longer text", ".4"))
print(format(255, "08b"), format(255, "#010x"), format(-255, "x"), format(255, "c") == "ÿ", format(65, "c"))
print(format(True, ""), format(True, "d"), format(True, ">6"), format(None, ""))
print(format(12345.6789, ",.1f"), format(12345.6789, "_.3f"), format(123456789, ","), format(123456789, "_x"))
print(format(-12.5, "+.2f"), format(12.5, "+.2f"), format(12.5, " .2f"), format(-12.5, "=10.2f"), format(12, "=+6"))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
print(format(float("inf"), ".2f"), format(float("-inf"), "10"), format(float("nan"), "E"))
print(format(1 / 3, ".15g"), format(2 / 3, ".17g"), format(1e22, ".0f"), format(1.0, "#g"), format(1.0, "g"))
for spec in ["abc", "10.2z", "=>>"]:
    try:
        print(format(3.5, spec))
    except ValueError:
        print("ValueError for spec", repr(spec))
try:
    format("abc", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(3, ".2s")
except ValueError as e:
    print("ValueError:", e)


class Celsius:
    def __init__(self, v):
        self.v = v

    def __format__(self, spec):
        unit = "C"
        if spec.endswith("F"):
            return format(self.v * 9 / 5 + 32, spec[:-1] or ".1f") + "°F"
        return format(self.v, spec or ".1f") + "°" + unit


t = Celsius(21.456)
print(format(t), format(t, ".2f"), format(t, "F"), format(t, ".0fF"), f"{t:>8.1f}")
