# round() with ndigits, banker's rounding, divmod and floor division signs.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.7), round(-3.7))
print(round(2.675, 2), round(1.005, 2), round(3.14159, 3), round(1234.5678, -2), round(-1234.5678, -1), round(5, -1), round(15, -1), round(25, -1))
print(round(123456, -3), round(0.1 + 0.2, 10), round(1e20, 2), round(2.5, 0), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 0.5))
print(7 // 2, -7 // 2, 7 // -2, 7 % 3, -7 % 3, 7 % -3, -7.5 // 2, -7.5 % 2, 5.0 % -3)
print(divmod(10**20, 7), divmod(-10**20, 7), (-10**20) // 3, (-10**20) % 3)
for bad in [lambda: divmod(1, 0), lambda: 1 // 0, lambda: 1.0 % 0, lambda: round("x"), lambda: divmod(1, "a")]:
    try:
        bad()
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__ + ":", e)
