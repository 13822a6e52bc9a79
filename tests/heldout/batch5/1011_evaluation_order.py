# evaluation order and side effects
log = []
def t(name, value=None):
    log.append(name)
    return name if value is None else value
result = t("a") + t("b") * t("c", 2)
print(result, log)
log.clear()
d = {t("k1"): t("v1"), t("k2"): t("v2")}
print(log)
log.clear()
t("f", lambda *a, **k: a)(t("x"), t("y"), z=t("z"))
print(log)
log.clear()
lst = [0, 0, 0]
lst[t("idx", 1)] = t("val", 5)
print(lst, log)
log.clear()
x = t("c1", 1) < t("c2", 2) < t("c3", 0) < t("c4", 9)
print(x, log)
log.clear()
v = t("true", 1) if t("cond", False) else t("false", 2)
print(v, log)
log.clear()
a, b = t("r1", 1), t("r2", 2)
print(a, b, log)
log.clear()
class Obj:
    pass
o = Obj()
t("target", o).attr = t("value", 42)
print(o.attr, log)
log.clear()
print([t(f"item{i}", i) for i in range(3)], log)
log.clear()
gen = (t(f"g{i}", i) for i in range(3))
print(log)
first = next(gen)
print(first, log)
log.clear()
def deco(name):
    log.append(f"deco factory {name}")
    def wrap(f):
        log.append(f"apply {name}")
        return f
    return wrap
@deco("outer")
@deco("inner")
def decorated():
    pass
print(log)
i = 0
arr = [10, 20, 30]
i, arr[i] = 2, 99
print(i, arr)
