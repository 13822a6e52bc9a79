class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)


def preorder(node, depth=0):
    yield depth, node.value
    for child in node.children:
        yield from preorder(child, depth + 1)


def leaves(node):
    if not node.children:
        yield node.value
        return 1
    count = 0
    for child in node.children:
        count += yield from leaves(child)
    return count


def collect(gen):
    items = []
    result = yield from gen
    return result


tree = Node("root",
            Node("a", Node("a1"), Node("a2", Node("a2x"))),
            Node("b"),
            Node("c", Node("c1")))

for depth, val in preorder(tree):
    print("  " * depth + val)

g = leaves(tree)
found = []
try:
    while True:
        found.append(next(g))
except StopIteration as e:
    print(found, "count =", e.value)


def wrapper():
    total = yield from leaves(tree)
    yield f"total={total}"


print(list(wrapper()))


def echo():
    received = []
    while True:
        x = yield
        if x is None:
            return received
        received.append(x * 2)


def delegator():
    result = yield from echo()
    print("delegated result:", result)
    yield "done"


d = delegator()
next(d)
for v in (1, 2, 3):
    d.send(v)
print(d.send(None))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain("ab", [1, 2], range(3), {"k": 1})))
print(list(chain()))
