vals = [0, 1, -1, 0.0, "", "a", [], [0], {}, {"k": 0}, None, (), set()]
print([bool(v) for v in vals])
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, vals is not None)
x = 5
print(0 < x <= 5, x in (1, 5), x not in [1, 2])
print(None or "default", "value" or "default", 0 and "x", 2 and 3)
print([] == [], "abc" == "ab" + "c")
print(None is None, type(None).__name__)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c)
print(not [], not 0, not "x")
print((1, 2) == [1, 2], [1, 2] == list((1, 2)))
print(float("nan") == float("nan"), True == 1, False == 0)
