# itertools: groupby, accumulate, chain, tee, zip_longest, pairwise, starmap
import itertools as it, operator
data = sorted(['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'akee'], key=lambda s: s[0])
for key, group in it.groupby(data, key=lambda s: s[0]):
    print(key, list(group))
print([(k, len(list(g))) for k, g in it.groupby('aaabbcdddd')])
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3, 4], operator.mul)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2], initial=100)))
print(list(it.chain('ab', [1], (2, 3))), list(it.chain.from_iterable([[1, 2], [3]])))
a, b = it.tee(iter([1, 2, 3]))
print(next(a), list(a), list(b))
print(list(it.zip_longest('abc', [1], fillvalue='-')), list(it.zip_longest([1, 2], [3])))
print(list(it.pairwise([1, 2, 4, 7])), list(it.pairwise('a')))
print(list(it.starmap(pow, [(2, 3), (3, 2), (10, 0)])), list(it.starmap(operator.add, zip('ab', 'cd'))))
def batched(iterable, n):
    i = iter(iterable)
    while chunk := tuple(it.islice(i, n)):
        yield chunk
print(list(batched(range(7), 3)))
def running_mean(xs):
    return [s / n for n, s in enumerate(it.accumulate(xs), 1)]
print(running_mean([2, 4, 6, 8]))
def unique_everseen(xs):
    seen = set()
    for x in it.filterfalse(seen.__contains__, xs):
        seen.add(x)
        yield x
print(list(unique_everseen('AAAABBBCCDAABBB')))
g = it.groupby([1, 1, 2])
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
