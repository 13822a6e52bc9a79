# inf, nan, -0.0: arithmetic, comparisons and string forms.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, inf > 1e308, -inf < -1e308, inf == float("infinity"), nan is nan)
print(-0.0, 0.0 == -0.0, str(-0.0), -0.0 + 0.0, -0.0 * 1, abs(-0.0), 0.0 * -1, round(-0.4, 0))
print(float("-0"), float(" 1.5 "), float("1e3"), float("-INF"), float("nan"), float("+inf"), 1e308 * 10)
print(max(inf, 5), min(-inf, 5), sorted([3.0, inf, -inf, 0.0]), int(1e18), int(-2.9e3))
print(inf // 1, inf % 2 if False else "skip", 5 % inf, -5 % inf, 2.0 ** 1024 if False else 1.7976931348623157e308)
print(float.is_integer(2.0), (2.5).is_integer(), (0.1).hex() if False else 0.1, 3.0.as_integer_ratio() if False else 3.0)
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    2.0 ** 5000
except OverflowError as e:
    print("OverflowError:", e)
