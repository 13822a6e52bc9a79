# itertools.count, cycle and repeat (infinite iterators, sliced with islice)
from itertools import count, cycle, repeat, islice

print(list(islice(count(), 5)))
print(list(islice(count(10, 5), 4)))
print(list(islice(count(1.5, 0.5), 3)))
print(list(islice(cycle("abc"), 7)))
print(list(cycle([])))
print(list(repeat("x", 3)), list(repeat(7, 0)))
print(list(islice(repeat(None), 2)))
print(list(map(pow, range(5), repeat(2))))
c = count(3)
print(next(c), next(c), next(c))
try:
    count("a")
except TypeError as e:
    print("TypeError:", e)
