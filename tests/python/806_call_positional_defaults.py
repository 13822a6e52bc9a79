# Calls of plain functions with positional arguments and defaults: the frame is filled from
# the arguments, then from the tail of __defaults__; everything else takes the general path.

def f(a, b=2, c=3):
    return (a, b, c)

print(f(1), f(1, 20), f(1, 20, 30), f(1, c=9), f(*[4, 5]))

def acc(x, seen=[]):
    seen.append(x)
    return len(seen)

print(acc(1), acc(2), acc(3, []), acc(4))

class Node:
    def __init__(self, left=None, right=None):
        self.left = left
        self.right = right

n = Node(Node(), Node(None, Node()))
print(n.left.left, n.right.left, type(n.right.right).__name__)

def g(a, b=1):
    return a + b
g.__defaults__ = (100,)
print(g(1), g(1, 2))
g.__defaults__ = None
try:
    g(1)
except TypeError as e:
    print("TypeError", e)
for bad in [lambda: f(), lambda: f(1, 2, 3, 4), lambda: Node(1, 2, 3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

def deep(n, step=1):
    return deep(n + step)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)

def gen(a, b=5):
    yield a
    yield b
print(list(gen(1)), list(gen(1, 2)))

def outer(x=10):
    def inner(y=1):
        return x + y
    return inner
print(outer()(), outer(5)(2))

def k(a, *, b=1, c=2):
    return (a, b, c)
k.__kwdefaults__ = {"b": 10, "c": 20}
print(k(0), k.__kwdefaults__)
for bad in [lambda: setattr(g, "__defaults__", [1]), lambda: setattr(k, "__kwdefaults__", 3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
