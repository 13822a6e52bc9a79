import itertools as it

sizes = ["S", "M", "L"]
colors = ["red", "blue"]
variants = [f"{s}-{c}" for s, c in it.product(sizes, colors)]
print(variants)
skus = dict(zip(variants, it.count(1000, 10)))
print(skus)
pages = [["a", "b"], ["c"], [], ["d", "e", "f"]]
print(list(it.chain(*pages)), list(it.chain.from_iterable(pages)))


def paginate(iterable, size):
    iterator = iter(iterable)
    while chunk := list(it.islice(iterator, size)):
        yield chunk


print(list(paginate(range(11), 4)), list(paginate([], 3)))
print(list(it.islice(it.cycle([1, 2, 3]), 2, 9)))
print(list(zip(it.count(), "abc")), list(zip(it.repeat("x"), range(3))))
print(list(it.zip_longest([1, 2, 3], "ab")), list(it.zip_longest()))
teams = ["A", "B", "C", "D"]
fixtures = list(it.combinations(teams, 2))
print(len(fixtures), fixtures[:3])
print(list(it.product([0, 1], repeat=3))[-2:])
truth = [(a, b, a and not b) for a, b in it.product([False, True], repeat=2)]
print(truth)
evens = it.filterfalse(lambda x: x % 2, it.count())
print(list(it.islice(evens, 5)))
batches = it.batched(range(7), 3) if hasattr(it, "batched") else paginate(range(7), 3)
print([list(b) for b in batches])
grid = [[1, 2, 3], [4, 5, 6]]
print(list(it.chain.from_iterable(zip(*grid))), sum(it.chain(*grid)))
first, second = it.tee("xyz")
next(second)
print(list(zip(first, second)))
print(list(it.accumulate(it.repeat(2, 5), lambda a, b: a * b)))
