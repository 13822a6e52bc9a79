# Objects of every common kind survive collections intact; garbage around them is freed
import gc

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

def make():
    data = {
        "list": [1, 2.5, "three", (4, 5), [6, [7, [8]]]],
        "tuple": (None, True, -3, 10**40, 2 + 3j),
        "dict": {i: str(i) * 2 for i in range(10)},
        "set": {frozenset({1, 2}), "a", 3},
        "frozenset": frozenset(range(5)),
        "bytes": b"\x00\x01abc",
        "bytearray": bytearray(b"xyz"),
        "points": [Point(i, -i) for i in range(5)],
        "range": range(3, 30, 4),
        "slice": slice(1, None, 2),
        "str": "h\u00e9llo w\u00f6rld " * 3,
    }
    data["self"] = data
    return data

d = make()
snap = repr(sorted((k, repr(v)) for k, v in d.items() if k not in ("self", "set")))
for round in range(5):
    garbage = [make() for _ in range(50)]
    garbage = None
    gc.collect()
    assert repr(sorted((k, repr(v)) for k, v in d.items() if k not in ("self", "set"))) == snap
print(d["list"], d["tuple"])
print(d["dict"])
print(sorted(d["set"], key=repr))
print(d["frozenset"], d["bytes"], d["bytearray"])
print(d["points"], list(d["range"]), d["slice"])
print(d["str"])
print(d["self"] is d, d["self"]["self"]["list"][4][1][1])
big = 10**50 + 7
gc.collect()
print(big, big % 97)
print(all(p.x == -p.y for p in d["points"]))
