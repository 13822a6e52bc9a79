import gc

lst = [1, "two", 3.0]
refs = gc.get_referents(lst)
print(sorted(map(repr, refs)), len(refs))
tup = ("a", "b")
print(sorted(gc.get_referents(tup)))
d = {"k1": [10], "k2": [20]}
r = gc.get_referents(d)
print(any(x is d["k1"] for x in r), any(x is d["k2"] for x in r))
inner = [0]
outer = [inner, inner]
refs = gc.get_referents(outer)
print(len(refs), all(x is inner for x in refs))
print(gc.get_referents(42) == [], gc.get_referents() == [])
s = {1, 2, 3}
print(sorted(gc.get_referents(s)))
a = [1]
b = [2]
combined = gc.get_referents(a, b)
print(sorted(combined))


class Holder:
    def __init__(self, v):
        self.v = v


h = Holder([9, 9])
hrefs = gc.get_referents(h)
print(any(x is Holder for x in hrefs))
container = {"items": lst}
print(any(x is lst for x in gc.get_referents(container)))
print(any(x is container for x in gc.get_referrers(lst)))
