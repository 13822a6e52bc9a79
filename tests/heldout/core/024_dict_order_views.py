d = {}
for k in ["zeta", "alpha", "mid"]:
    d[k] = len(k)
print(list(d))
d["alpha"] = 99
print(list(d.items()))
del d["zeta"]
d["zeta"] = 0
print(list(d))
keys = d.keys()
d["new"] = 1
print(list(keys), len(keys))
print(keys & {"mid", "other"}, sorted(keys | {"x"}))
print(list(reversed(d)))
try:
    for k in d:
        d[k + "!"] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
print({1: "a", 1.0: "b", True: "c"})
