# dict union operators, fromkeys, copy, views, comparison, and dict().
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a)
c = dict(a); c |= b; print(c, a)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
print(dict(x=1, y=2), dict([("k", "v"), ("n", 1)]), dict({"a": 1}, b=2), dict(zip("ab", range(2))))
d = a.copy(); d["x"] = 99; print(a, d, a == {"y": 2, "x": 1}, a != d)
print(list(a.keys()), list(a.values()), list(a.items()), "x" in a.keys(), ("x", 1) in a.items())
print(a.keys() & {"x", "q"}, a.keys() - {"x"}, len(a.items()))
print(sorted(b, key=b.get), max(b, key=lambda k: b[k]), list(reversed(a)))
e = {}
for word in "the cat the dog the end".split():
    e[word] = e.get(word, 0) + 1
print(e, sum(e.values()))
print({1: "a", 1.0: "b", True: "c"}, {(1, 2): 3}[(1, 2)])
try:
    {}[[1]] = 2
except TypeError as err:
    print("TypeError:", err)
try:
    {}.popitem()
except KeyError as err:
    print("KeyError:", err)
