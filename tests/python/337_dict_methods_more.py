# dict: setdefault, popitem, fromkeys, update with kwargs, | and |=.
d = {"a": 1}
print(d.setdefault("a", 100), d.setdefault("b", []), d)
d["b"].append(1)
print(d, d.popitem(), d)
print(dict.fromkeys("abc"), dict.fromkeys(range(3), 0), dict.fromkeys([]))
shared = dict.fromkeys("xy", [])
shared["x"].append(1)
print(shared)
d = {"x": 1}
d.update(y=2, z=3)
d.update({"x": 10}, w=0)
d.update([("v", 5)])
print(d)
a = {"k": 1, "m": 2}
b = {"m": 20, "n": 30}
print(a | b, b | a, a)
a |= b
print(a)
a |= [("o", 40)]
print(a)
print(d.get("nope"), d.get("nope", "dflt"), d.pop("x"), d.pop("nope", None), "y" in d, list(d.keys())[:2])
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
try:
    {"a": 1} | [("b", 2)]
except TypeError as e:
    print("TypeError:", e)
print({k: v for k, v in sorted(d.items())}, dict(a=1, **{"b": 2}), {**{"x": 1}, "y": 2, **{"x": 3}})
