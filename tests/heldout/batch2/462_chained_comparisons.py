x = 5
print(1 < x < 10, 1 < x > 4, 1 < x < 3, x == 5 == 5.0)
def calls(v, log):
    log.append(v)
    return v
log = []
print(calls(1, log) < calls(2, log) < calls(0, log) < calls(9, log), log)
print(0 or "default", "" or [] or None, 3 and 4, 0 and 1, not [], not 0.0)
print(None is None, [] is not [], 1 in [1, 2] and "a" not in "bcd")
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c)
print(bool(""), bool(" "), bool({}), bool({0: 0}), bool(range(0)))
print(True if "x" else False, "yes" if 0 else "no")
