import sys

original = sys.getrecursionlimit()
print(type(original).__name__, original >= 100)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


sys.setrecursionlimit(300)
print(sys.getrecursionlimit())
print(depth(100))
try:
    depth(2000)
except RecursionError as e:
    print("RecursionError at limit 300:", isinstance(e, RuntimeError))
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit(), depth(2000))
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError:
        print("ValueError for", bad)
try:
    sys.setrecursionlimit("100")
except TypeError:
    print("TypeError for str")
sys.setrecursionlimit(original)
print(sys.getrecursionlimit() == original)


def count_nodes(tree):
    return 1 + sum(count_nodes(c) for c in tree)


def build(n):
    t = []
    for _ in range(n):
        t = [t]
    return t


print(count_nodes(build(50)))
try:
    count_nodes(build(100000))
except RecursionError:
    print("deep tree -> RecursionError")


def iterative_count(tree):
    stack, n = [tree], 0
    while stack:
        node = stack.pop()
        n += 1
        stack.extend(node)
    return n


print(iterative_count(build(100000)))
