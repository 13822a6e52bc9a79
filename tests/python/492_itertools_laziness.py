# itertools consumers are lazy: side effects happen only as items are pulled
from itertools import islice, takewhile, chain, accumulate, starmap, zip_longest, tee, count

pulled = []


def source(n):
    for i in range(n):
        pulled.append(i)
        yield i


it = islice(source(100), 2, 5)
print(pulled)
print(list(it), pulled)
pulled.clear()
print(list(takewhile(lambda x: x < 3, source(10))), pulled)
pulled.clear()
c = chain(source(2), source(2))
print(next(c), pulled)
acc = accumulate(source(5))
print(next(acc), next(acc), pulled[-1])
print(list(starmap(divmod, zip(count(10), [3, 4, 5]))))
a, b = tee(source(3))
print(list(zip_longest(a, islice(b, 1), fillvalue="-")))
