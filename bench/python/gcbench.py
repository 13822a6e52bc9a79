# bench: GC stress: one long-lived binary tree and many short-lived trees of varying depth (class instances)
# bench-kind: speed, pauses
import sys


class Node:
    def __init__(self, left=None, right=None):
        self.left = left
        self.right = right
        self.value = 0


def tree_size(depth):
    return (1 << (depth + 1)) - 1


def build_top_down(node, depth):
    """Fill in the children of an existing node (mutating, like an imperative program would)."""
    if depth <= 0:
        return
    node.left = Node()
    node.right = Node()
    build_top_down(node.left, depth - 1)
    build_top_down(node.right, depth - 1)


def build_bottom_up(depth):
    if depth <= 0:
        return Node()
    return Node(build_bottom_up(depth - 1), build_bottom_up(depth - 1))


def check(node):
    n = 1
    if node.left is not None:
        n += check(node.left)
    if node.right is not None:
        n += check(node.right)
    return n


def label(node, v):
    """Number the nodes in preorder; return the next free number."""
    node.value = v
    v += 1
    if node.left is not None:
        v = label(node.left, v)
    if node.right is not None:
        v = label(node.right, v)
    return v


def main():
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    min_depth = 4
    max_depth = 14
    long_lived = build_bottom_up(max_depth)
    label(long_lived, 0)
    array = [0.0] * 50000
    for i in range(len(array) // 2):
        array[i] = 1.0 / (i + 1)
    total = 0
    for depth in range(min_depth, max_depth + 1, 2):
        iterations = max(1, int(scale * 2 * tree_size(max_depth)) // tree_size(depth))
        made = 0
        for _ in range(iterations):
            t = Node()
            build_top_down(t, depth)
            made += check(t)
            t = build_bottom_up(depth)
            made += check(t)
        total += made
        print("depth %d: %d trees, %d nodes" % (depth, 2 * iterations, made))
    print("long-lived tree: %d nodes, last label %d" % (check(long_lived), label(long_lived, 1) - 1))
    print("array check: %.6f" % (array[1000] + array[24999]))
    print("total nodes: %d" % total)


main()
