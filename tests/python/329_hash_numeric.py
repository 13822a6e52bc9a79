# hash() consistency across numeric types and containers.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(2**61 - 1), hash(2**61), hash(-1), hash(-2), hash(10**20) == hash(10**20 % (2**61 - 1)))
print(hash(1.5), hash(-0.5), hash(float("inf")), hash(float("-inf")), hash(1e100) == hash(int(1e100)))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2.0)) == hash((1.0, 2)), hash(()) == hash(()))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(None) == hash(None))
d = {1: "int", 1.0: "float", True: "bool"}
print(d, len(d))
s = {0, 0.0, False, 1, 1.0}
print(s)
print({(1, 2): "a"}[(1.0, 2.0)], {2: "two"}.get(2.0), 1.0 in {1: 0})
for bad in [[1], {1: 2}, {1}, ([1],)]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
