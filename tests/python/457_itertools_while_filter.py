# itertools.dropwhile, takewhile, filterfalse, islice (bounds and errors)
from itertools import dropwhile, takewhile, filterfalse, islice, count

data = [1, 4, 6, 4, 1, 8]
print(list(takewhile(lambda x: x < 5, data)))
print(list(dropwhile(lambda x: x < 5, data)))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, "", "a", None, [], [0]])))
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)))
print(list(islice("ABCDEFG", 2, None)), list(islice("ABCDEFG", 0, None, 2)))
print(list(islice(count(), 3, 10, 3)), list(islice([], 5)), list(islice("abc", 5, 2)))
print(list(islice("abcdef", None, None, None)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
for bad in [(-1,), (1, -2), (0, 5, 0)]:
    try:
        islice("abc", *bad)
    except ValueError as e:
        print("ValueError:", e)
