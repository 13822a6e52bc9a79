print(float("3.14"), float("  -2.5 "), float("1e3"), float("inf"), float("-Infinity"), float("nan"))
print(float(7), float("1_0.5"), float(".5"), float("5."))
for bad in ["abc", "", "1.2.3", "1e"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(float.fromhex("0x1.8p1"), (1.5).hex())
print(str(1.0), str(-0.5), str(1e100), str(1.23e-5))
