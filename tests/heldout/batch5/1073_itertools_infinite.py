# itertools: count, cycle, repeat, islice
from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, 5), 4)), list(islice(count(1, 0.5), 4)))
print(list(islice(count(5, -2), 4)))
print(list(islice(cycle("abc"), 7)), list(islice(cycle([]), 3)))
print(list(repeat("x", 3)), list(repeat(0, 0)), list(islice(repeat(7), 2)))
print(list(map(pow, range(5), repeat(2))))
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 5)), list(islice("abcdefg", 0, None, 3)))
print(list(islice(range(100), 90, None, 4)))
try:
    islice("abc", -1)
except ValueError as e:
    print(type(e).__name__, e)
ids = count(1000)
records = [{"id": next(ids), "name": n} for n in ["a", "b", "c"]]
print(records, next(ids))
colors = cycle(["red", "green"])
print([(i, next(colors)) for i in range(5)])
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 3)), list(it))
def chunks(iterable, n):
    it = iter(iterable)
    while batch := list(islice(it, n)):
        yield batch
print(list(chunks(range(8), 3)))
print(repr(count(3)), repr(repeat("z", 2)))
print(list(zip("abc", count(1))))
