class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIter(self.start)


class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


c = Countdown(3)
print(list(c), list(c), sum(c), max(c))
it = iter(c)
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
it = iter([1, 2, 3])
print(iter(it) is it, next(it), list(it), list(it))


class Fib:
    def __init__(self, limit):
        self.limit = limit
        self.a, self.b = 0, 1

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        val = self.a
        self.a, self.b = self.b, self.a + self.b
        return val


f = Fib(100)
print(list(f))
print(list(f))
import itertools
print(list(itertools.islice(Fib(10 ** 9), 5, 10)))
rows = iter(["header", "r1", "r2", "r3"])
header = next(rows)
print(header, [r.upper() for r in rows])
calls = []


def reader():
    calls.append(1)
    return len(calls)


print(list(iter(reader, 4)))
print(list(iter(lambda: "x", "x")))
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), next(di), next(di, None))
print(list(iter("hi")), list(iter(range(2))), list(iter(b"AB")))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
z = zip("ab", itertools.count())
print(next(z), list(z))
e = enumerate("xyz", start=10)
print(next(e), list(e))
r = reversed([1, 2, 3])
print(next(r), list(r))
m = map(str.upper, ["a", "b"])
print(next(m), next(m), next(m, "end"))
chunks = iter(range(10))
print([list(itertools.islice(chunks, 3)) for _ in range(4)])
