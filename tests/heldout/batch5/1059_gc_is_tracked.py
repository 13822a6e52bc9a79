# gc.is_tracked for various objects
import gc
class Plain:
    pass
class Slotted:
    __slots__ = ("a",)
cases = [
    ("int", 42),
    ("str", "text"),
    ("float", 1.5),
    ("None", None),
    ("list", []),
    ("list of ints", [1, 2]),
    ("dict with list", {"a": []}),
    ("set", set()),
    ("instance", Plain()),
    ("class", Plain),
    ("function", lambda: 0),
    ("bytes", b"x"),
    ("bytearray", bytearray(b"x")),
]
for name, obj in cases:
    print(f"{name:<15} {gc.is_tracked(obj)}")
print("tuple holding a list", gc.is_tracked((1, [2])))
s = Slotted()
print("slotted instance", gc.is_tracked(s))
refs = gc.get_referents([1, "x", None])
print(sorted(map(repr, refs)))
container = {"key": [1, 2]}
inner = container["key"]
print(any(r is container for r in gc.get_referrers(inner)))
