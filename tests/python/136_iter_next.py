# The iterator protocol on classes: __iter__/__next__, StopIteration,
# iter() with a sentinel, and next() with a default.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), [x * 2 for x in Countdown(2)], sum(Countdown(4)))
c = Countdown(2)
print(next(c), next(c), next(c, "empty"))
class Fib:
    def __iter__(self):
        a, b = 0, 1
        while True:
            yield a
            a, b = b, a + b
for i, f in zip(range(8), Fib()):
    print(f, end=" ")
print()
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration")
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
a, b, c = Countdown(3)
print(a, b, c)
