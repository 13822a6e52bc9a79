# d[k] and d[k] = v on plain dicts (a direct lookup and store), and the cases the general
# path keeps: missing keys, __missing__, an object's __dict__, user-hashed keys, unhashable
# keys, True/1/1.0 as one key.

d = {}
for i in range(10):
    d[i] = i * i
d["s"] = "str"
d[(1, 2)] = "tuple"
d[1.0] = "one"
d[True] = "true"
print(d[3], d["s"], d[(1, 2)], d[1], len(d))
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError", e)
try:
    d[{}]
except TypeError as e:
    print("TypeError", e)

class Counter(dict):
    def __missing__(self, k):
        return 0

c = Counter()
c["a"] = c["a"] + 1
print(c["a"], c["b"], dict(c))

class P:
    pass

p = P()
p.x = 1
p.__dict__["y"] = 2
p.__dict__["x"] += 10
print(p.x, p.y, p.__dict__["x"], sorted(p.__dict__))

class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 7
    def __eq__(self, o):
        return isinstance(o, K) and o.v == self.v

u = {K(1): "a"}
u[K(2)] = "b"
u[K(1)] = "c"
u[5] = "five"
print(u[K(1)], u[K(2)], u[5], len(u))
