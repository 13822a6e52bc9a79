# Generator functions: yield, next(), for loops over generators, send(),
# yield from, return values (StopIteration.value), infinite generators.

def countdown(n):
    print("  countdown starts")
    while n > 0:
        yield n
        n -= 1
    print("  countdown ends")

gen = countdown(3)
print("created", type(gen).__name__)
print(next(gen))
print(next(gen))
for value in gen:
    print("loop got", value)
print(list(gen), next(gen, "exhausted"))

def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take(n, iterable):
    result = []
    for x in iterable:
        if len(result) == n:
            break
        result.append(x)
    return result

print(take(10, fibonacci()))

def evens(limit):
    for n in range(limit):
        if n % 2 == 0:
            yield n

print(list(evens(10)), sum(evens(100)), max(evens(7)), sorted(evens(6), reverse=True))

def with_return():
    yield 1
    return "the result"

g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as stop:
    print("StopIteration value:", stop.value, stop.args)

def running_average():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

avg = running_average()
next(avg)
for v in [10, 20, 60]:
    print("average now", avg.send(v))

def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, 4]], [], [[5]], 6])))

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain("ab", [1, 2], range(3), (x * x for x in [4, 5]))))

def pairs(seq):
    it = iter(seq)
    for first in it:
        second = next(it, None)
        yield (first, second)

print(list(pairs([1, 2, 3, 4, 5])))

def tree_walk(tree, depth=0):
    name, children = tree
    yield "  " * depth + name
    for child in children:
        yield from tree_walk(child, depth + 1)

tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [])])
for line in tree_walk(tree):
    print(line)

def counter():
    i = 0
    while True:
        i += 1
        yield i

c = counter()
print([next(c) for _ in range(3)], next(c))
gens = [countdown(2), countdown(1)]
print([list(g) for g in gens])
