import sys

original = sys.getrecursionlimit()
print(isinstance(original, int), original >= 100)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
print(depth(3000))
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
try:
    depth(1000)
except RecursionError as e:
    print("RecursionError:", str(e).split(" while")[0])
print(depth(50))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError for 0")
try:
    sys.setrecursionlimit(-5)
except ValueError as e:
    print("ValueError for -5")
try:
    sys.setrecursionlimit("100")
except TypeError as e:
    print("TypeError")
sys.setrecursionlimit(original)
print(sys.getrecursionlimit() == original)


def walk(node, visited):
    visited.append(node["name"])
    for child in node.get("children", []):
        walk(child, visited)
    return visited


def build(d):
    node = {"name": f"n{d}"}
    if d < 300:
        node["children"] = [build(d + 1)]
    return node


tree = build(0)
print(len(walk(tree, [])))
