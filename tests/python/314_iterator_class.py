# The iterator protocol with __iter__ and __next__.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(3)), [x * 2 for x in Countdown(2)], sum(Countdown(4)))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 2
r = Range2(7)
print(list(r), list(r), max(r), 4 in r, 5 in r, sorted(r, reverse=True))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
class Pairs:
    def __init__(self, *items):
        self.items = items
    def __iter__(self):
        return iter(zip(self.items[::2], self.items[1::2]))
print(dict(Pairs("a", 1, "b", 2)), list(enumerate(Pairs(1, 2, 3, 4))))
a, b = Countdown(2)
print(a, b)
first, *rest = Countdown(5)
print(first, rest)
class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
