class Range2:
    def __init__(self, start, stop):
        self.cur, self.stop = start, stop
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.stop:
            raise StopIteration
        v = self.cur
        self.cur += 2
        return v
r = Range2(0, 9)
print(list(r), list(r))
class Squares:
    def __init__(self, n): self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i * i
s = Squares(4)
print(list(s), list(s), 9 in s)
it = iter([10, 20, 30])
print(next(it), list(it), next(it, "end"))
calls = iter([1, 2, 3, 0, 4])
print(list(iter(lambda: next(calls), 0)))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()))
print(list(reversed([1, 2, 3])), list(zip(*[(1, "a"), (2, "b")])))
