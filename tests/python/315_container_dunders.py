# __getitem__ iteration, __contains__, __len__, __bool__.
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares(), list(zip(Squares(), "abc")))
class Bag:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __contains__(self, x):
        print("contains?", x)
        return x in self.items
print(len(Bag([1, 2])), 2 in Bag([1, 2]), 3 not in Bag([1, 2]), bool(Bag([])), bool(Bag([0])))
class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v > 0
print(bool(Truthy(1)), bool(Truthy(-1)), not Truthy(0), [x.v for x in [Truthy(2), Truthy(0)] if x])
print("yes" if Truthy(3) else "no", Truthy(0) or "fallback", Truthy(5) and "both")
class NoBool:
    pass
print(bool(NoBool()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
