vals = [0, 0.0, 0j, "", [], (), {}, set(), None, False, range(0), b"", 1, -1, "0", [0], (None,), " ", 0.1, range(1)]
for v in vals:
    print(repr(v), bool(v))
class AlwaysFalse:
    def __bool__(self): return False
class Empty:
    def __len__(self): return 0
class Plain: pass
print(bool(AlwaysFalse()), bool(Empty()), bool(Plain()))
class Bad:
    def __bool__(self): return 1
try:
    bool(Bad())
except TypeError as e:
    print(type(e).__name__, e)
print("yes" if [] else "no", "yes" if [[]] else "no")
