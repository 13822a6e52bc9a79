import gc
x = [1, "two", 3.0]
refs = gc.get_referents(x)
print(len(refs))
print(sorted(map(repr, refs)))
t = ("a", "b")
print(sorted(gc.get_referents(t)))
print(gc.get_referents())
print(len(gc.get_referents([1], [2, 3])))
