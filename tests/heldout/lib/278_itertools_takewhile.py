import itertools as it
nums = [1, 4, 6, 4, 1, 8, 2]
print(list(it.takewhile(lambda x: x < 5, nums)))
print(list(it.dropwhile(lambda x: x < 5, nums)))
print(list(it.takewhile(lambda x: x > 10, nums)))
print(list(it.dropwhile(lambda x: True, nums)))
print(list(it.takewhile(lambda c: c != " ", "hello world")))
squares = (n * n for n in it.count(1))
print(list(it.takewhile(lambda s: s < 50, squares)))
