# Generator expressions: laziness, consumption, and use as call arguments.
g = (x * x for x in range(5))
print(next(g), next(g), list(g), list(g))
print(sum(x for x in range(10) if x % 2), max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in [1, 5]), all(x for x in []), "-".join(str(i) for i in range(4)))
log = []
def src():
    for i in range(3):
        log.append(i)
        yield i
gen = (v + 100 for v in src())
print(log, next(gen), log)
print(sorted((c for c in "banana"), reverse=True), dict((k, len(k)) for k in ["x", "yy"]))
print(type(g).__name__, tuple(i for i in "ab"), set(i % 2 for i in range(5)))
nested = ((i, j) for i in range(2) for j in range(2))
print(list(nested))
