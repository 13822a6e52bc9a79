g = (x * 2 for x in range(4))
print(type(g).__name__)
print(next(g), next(g), list(g), list(g))
print(sum(x for x in range(101)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(list(x for x in "hello" if x != "l"))
gen = (i for i in range(3))
print(2 in gen, list(gen))
def lazy():
    print("evaluated")
    return [1, 2]
g2 = (x for x in lazy())
print("created")
print(list(g2))
try:
    next(g2)
except StopIteration as e:
    print(type(e).__name__, repr(e.value))
print(tuple(x for x in range(3)), set(c for c in "aa"))
