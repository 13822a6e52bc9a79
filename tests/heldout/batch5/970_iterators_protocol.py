# iterator protocol and custom iterables
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        val = self.a
        self.a, self.b = self.b, self.a + self.b
        return val
print(list(Countdown(4)), list(Countdown(4)))
f = Fib(50)
print(list(f), list(f))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "empty"))
class OldStyle:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(OldStyle()), 20 in OldStyle())
class Container:
    def __init__(self, *items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
    def __contains__(self, x):
        print("contains called")
        return x in self.items
print(3 in Container(1, 2, 3))
print(sorted(Container(3, 1, 2)), max(Container(5, 9, 2)))
try:
    iter(42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e.value))
e = enumerate("xy", start=5)
print(next(e), next(e), next(e, None))
z = zip([1, 2, 3], "ab")
print(list(z), list(z))
it2 = iter(range(5))
print(list(zip(it2, it2)))
r = reversed([1, 2, 3])
print(type(r).__name__, list(r))
m = map(str.upper, "ab")
print(iter(m) is m, list(m))
