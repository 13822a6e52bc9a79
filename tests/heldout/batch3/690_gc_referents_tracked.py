import gc
x = "leaf"
lst = [1, x, (2, 3)]
refs = gc.get_referents(lst)
print(len(refs), 1 in refs, x in refs, (2, 3) in refs)
d = {"k": [5]}
print([r for r in gc.get_referents(d) if isinstance(r, list)])
print(gc.is_tracked(42), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked([1]))
class C: pass
print(gc.is_tracked(C()))
holder = [lst]
print(any(r is holder for r in gc.get_referrers(lst)))
print(gc.is_finalized(C()) if hasattr(gc, "is_finalized") else False)
