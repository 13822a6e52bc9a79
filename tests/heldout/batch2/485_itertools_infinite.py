import itertools as it
print(list(it.islice(it.count(10, 5), 4)))
print(list(it.islice(it.cycle("ab"), 5)))
print(list(it.repeat("x", 3)), list(map(pow, range(4), it.repeat(2))))
print(list(it.islice(range(20), 2, 12, 3)))
print(list(it.takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(it.dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(zip(it.count(), "abc")))
print(list(it.islice(it.count(0.5, 0.25), 3)))
