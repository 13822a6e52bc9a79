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


c = Countdown(4)
print(list(c), list(c), sum(c), max(c), 3 in c)
it = iter(c)
print(next(it), next(it), list(it), list(it))
print(next(it, "exhausted"))
try:
    next(it)
except StopIteration:
    print("StopIteration")


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
print(list(f), list(f))


class OldStyle:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i


print(list(OldStyle()), 16 in OldStyle(), list(iter(OldStyle())))
lines = iter(["header", "row1", "row2", "", "ignored"])
print(next(lines))
print(list(iter(lambda: next(lines), "")))
print(list(lines))
try:
    iter(42)
except TypeError as e:
    print("TypeError:", e)
data = [1, 2, 3, 4, 5, 6, 7]
it = iter(data)
print(list(zip(it, it)))
it = iter(range(10))
for x in it:
    if x == 3:
        break
print(next(it), list(it))
e = enumerate("abc", start=1)
print(next(e), list(e))
r = reversed([1, 2, 3])
print(next(r), list(r))
m = map(str.upper, ["a", "b"])
print(iter(m) is m, list(m), list(m))
