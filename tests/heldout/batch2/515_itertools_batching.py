import itertools as it
def chunks(iterable, n):
    itr = iter(iterable)
    while batch := tuple(it.islice(itr, n)):
        yield batch
print(list(chunks(range(10), 3)))
print(list(it.zip_longest(*[iter("abcdefg")] * 3, fillvalue="_")))
def sliding(xs, n):
    its = it.tee(xs, n)
    for i, t in enumerate(its):
        for _ in range(i):
            next(t)
    return list(zip(*its))
print(sliding([1, 2, 3, 4, 5], 3))
def flatten(lol):
    return list(it.chain.from_iterable(lol))
print(flatten([[1, 2], [], [3]]))
def roundrobin(*iterables):
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    active = len(iterables)
    out = []
    while active:
        try:
            for n in nexts:
                out.append(n())
        except StopIteration:
            active -= 1
            nexts = it.cycle(it.islice(nexts, active))
    return out
print(roundrobin("ABC", "D", "EF"))
