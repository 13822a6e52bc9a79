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
c = Countdown(3)
print(list(c), list(c))
class Range2:
    def __init__(self, n): self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), sum(r))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
def gen():
    yield 1
    yield 2
calls = iter(lambda: gen_obj.__next__() if True else 0, 2)
gen_obj = gen()
print(list(calls))
print(iter(it) is it)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
