# list.append/pop, set.add/discard/remove and dict.get on exact lists, sets and dicts, and
# the neighbours that must behave the same through the general method path: subclasses,
# frozensets, keyword arguments, wrong arity, unhashable items, empty containers.

xs = []
for i in range(5):
    xs.append(i * i)
print(xs, xs.pop(), xs.pop(0), xs)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
try:
    xs.append()
except TypeError as e:
    print("TypeError", e)
try:
    xs.append(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    xs.append(x=1)
except TypeError as e:
    print("TypeError", e)

class MyList(list):
    def append(self, v):
        super().append(v * 10)

m = MyList()
m.append(3)
print(m, m.pop(), m)

s = set()
for w in "the quick brown the lazy quick".split():
    s.add(w)
s.discard("lazy")
s.discard("absent")
s.remove("the")
print(sorted(s))
try:
    s.remove("absent")
except KeyError as e:
    print("KeyError", e)
try:
    s.add([1])
except TypeError as e:
    print("TypeError", e)
try:
    s.add(x=1)
except TypeError as e:
    print("TypeError", e)
try:
    frozenset([1]).add(2)
except AttributeError as e:
    print("AttributeError", e)

class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, other):
        return isinstance(other, Key) and other.k == self.k

ks = set()
ks.add(Key(1))
ks.add(Key(1))
ks.add(Key(2))
ks.discard(Key(2))
print(len(ks), Key(1) in ks, Key(2) in ks)
s2 = {1, 2}
s2.add(s2.pop() + 10)
print(sorted(s2))

d = {"a": 1, 2: "two", (1, 2): "t", Key(5): "key5", 1.0: "float"}
print(d.get("a"), d.get("b"), d.get("b", 0), d.get(2), d.get(1), d.get(True), d.get((1, 2)), d.get(Key(5)))
try:
    d.get([1])
except TypeError as e:
    print("TypeError", e)
try:
    d.get()
except TypeError as e:
    print("TypeError", e)
try:
    d.get(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    d.get("a", default=3)
except TypeError as e:
    print("TypeError", e)

class D(dict):
    def get(self, k, default=None):
        return ("sub", k)

print(D(a=1).get("a"))

class Obj:
    pass

o = Obj()
o.x = 5
print(o.__dict__.get("x"), o.__dict__.get("y", "none"))
