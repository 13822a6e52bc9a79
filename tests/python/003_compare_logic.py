# Comparisons, chained comparisons and boolean operators.
a = 5
print(a < 10, a > 10, a == 5, a != 5, a <= 5, a >= 6)
print(1 < a < 10, 1 < a > 10, 1 < 2 < 3 < 4, 3 > 2 > 2)
print("abc" < "abd", "abc" == "abc", "B" < "a", [1, 2] < [1, 3], (1, 2) == (1, 2))
print(True and False, True or False, not True, not 0, not "")
print(0 or "default", "x" and "y", None or 0, [] or [1], 1 and 0)
print(1 if a > 3 else 2, "yes" if "" else "no")
print(None is None, a is not None, 2 in [1, 2, 3], 4 not in [1, 2, 3])

def noisy(v):
    print("eval", v)
    return v

print(noisy(0) and noisy(1))
print(noisy(1) or noisy(2))
print(noisy(1) < noisy(0) < noisy(5))
