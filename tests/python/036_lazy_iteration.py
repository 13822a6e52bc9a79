# Generator expressions are lazy, range is a lazy sequence, and
# enumerate/zip/map/filter produce lazy iterators that work with
# infinite generators.

def noisy(values):
    for v in values:
        print("  producing", v)
        yield v

squares = (x * x for x in noisy([1, 2, 3]))
print("generator expression created")
print("first:", next(squares))
print("rest:", list(squares))
print("again:", list(squares))

total = sum(x for x in range(1000001) if x % 3 == 0)
print(total)

big = range(0, 10 ** 15, 7)
print(len(big), big[3], big[-1], 700 in big, 701 in big, big[2:5])
r = range(10, 0, -3)
print(list(r), len(r), r[1], list(reversed(r)), 4 in r)

def naturals():
    n = 0
    while True:
        yield n
        n += 1

for i, ch in enumerate("abc"):
    print(i, ch)
for i, n in enumerate(naturals(), start=100):
    if i > 102:
        break
    print("enumerate", i, n)

print(list(zip(naturals(), "xyz")))
print(list(zip([1, 2, 3], [4, 5], [6, 7, 8])))
e = enumerate(["a", "b"])
print(type(e).__name__, next(e), list(e))
z = zip("ab", naturals())
print(type(z).__name__, next(z), next(z), next(z, "done"))

doubled = map(lambda x: x * 2, naturals())
print([next(doubled) for _ in range(4)])
odd = filter(lambda x: x % 2, naturals())
print([next(odd) for _ in range(4)])
print(list(map(str.upper, ["a", "b"])), list(filter(None, [0, 1, "", "x", None])))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))

print(any(n > 1000 for n in naturals()), all(n < 5 for n in naturals()))
first_big = next(n for n in naturals() if n * n > 50)
print(first_big)

def read_records(lines):
    for line in lines:
        name, _, score = line.partition(":")
        yield name.strip(), int(score)

records = read_records(["ann: 3", "bob: 9", "cy: 5"])
best = max(records, key=lambda r: r[1])
print(best, list(records))

matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([(x, y) for x in range(3) for y in range(x)])
print(list(x + y for x in "ab" for y in "12"))
gen = (i for i in range(3))
print(gen is iter(gen), list(gen))
