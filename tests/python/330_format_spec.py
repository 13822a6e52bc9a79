# format() and the format spec mini-language.
print(format(3.14159, ".2f"), format(42, "08b"), format(1234567, ","), format(1234567.891, ",.2f"))
print(format("x", "^5"), format("x", "*<4"), format("x", ">3"), format(12, "+d"), format(-12, " d"), format(12, " d"))
print(format(0.5, "%"), format(0.125, ".1%"), format(1e-5, "e"), format(123456789, ".3e"), format(1.5, "g"))
print(format(255, "x"), format(255, "#X"), format(8, "#o"), format(5, "#b"), format(1234, "_"), format(0xFFFF, "_x"))
print(format(3, "05"), format(-3, "05"), format(3.5, "08.3f"), format(-0.0, ".1f"), format(True, "d"))
print(format(12345.6789, "10.2f") + "|", format("abc", ".2") + "|", format(2 ** 70, ","), format(1e16, ".0f"))
print("{:=^11}".format(" hi "), "{:>+8.2f}".format(3.14159), "{0:{1}}".format("w", 6) + "|", "{:,}".format(-1000))
print(f"{'left':<8}|{'right':>8}|{'mid':^9}|", f"{3.0:g} {100000000.0:g} {0.0001:g} {1e-5:g}")
print(format(float("nan"), "f"), format(float("inf"), "e"), format(-float("inf"), ".2f"), format(1.0, ""))
for bad in [("abc", "d"), (1.5, "d"), (3, "y")]:
    try:
        format(*bad)
    except ValueError as e:
        print("ValueError:", e)
