import itertools as it
print(list(it.pairwise([1, 2, 3, 4])))
print(list(it.pairwise("ab")))
print(list(it.pairwise([1])))
print(["".join(p) for p in it.pairwise("hello")])
vals = [3, 8, 2, 9, 10]
print([b - a for a, b in it.pairwise(vals)])
print(all(a <= b for a, b in it.pairwise([1, 2, 2, 5])))
print(list(it.pairwise(range(0))))
print(dict(it.pairwise("abcd")))
