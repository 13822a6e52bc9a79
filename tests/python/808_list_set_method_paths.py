# list.append/pop and set.add/discard/remove on exact lists and sets, and the neighbours
# that must behave the same through the general method path: subclasses, frozensets,
# keyword arguments, wrong arity, unhashable items, empty containers.

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
