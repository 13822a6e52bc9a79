tests = [
    lambda: 1 / 0,
    lambda: [][1],
    lambda: {}["k"],
    lambda: int("abc"),
    lambda: None.upper(),
    lambda: "a" + 1,
    lambda: undefined_name,
    lambda: 10 % 0,
    lambda: [].index(3),
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: float("x"),
    lambda: (1, 2).append(3),
    lambda: __import__("no_such_module_xyz"),
    lambda: float(10 ** 400),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    raise NotImplementedError
except RuntimeError as e:
    print("caught via base", type(e).__name__, repr(str(e)))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
