import gc
print(gc.is_tracked(0))
print(gc.is_tracked("a"))
print(gc.is_tracked([]))
print(gc.is_tracked([[]]))
class C:
    pass
print(gc.is_tracked(C()))
print(gc.is_tracked(None))
