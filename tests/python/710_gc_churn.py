# Heavy allocation churn (automatic collections): a long-lived tree stays intact while short-lived trees come and go
# gc-stress: 500
# pygc-stress: 300
class Node:
    def __init__(self, left=None, right=None, value=0):
        self.left = left
        self.right = right
        self.value = value

def build(depth, v):
    if depth == 0:
        return Node(value=v)
    return Node(build(depth - 1, v * 2), build(depth - 1, v * 2 + 1), v)

def check(node):
    total = 0
    stack = [node]
    while stack:
        n = stack.pop()
        total += n.value
        if n.left is not None:
            stack.append(n.left)
            stack.append(n.right)
    return total

long_lived = build(12, 1)
expect = check(long_lived)
for i in range(40):
    t = build(8, i)
    assert check(t) >= 0
    strs = [str(k) * 3 for k in range(500)]
    tups = [(k, str(k)) for k in range(500)]
print(expect, check(long_lived) == expect)
print(strs[-1], tups[-1])

table = {}
for i in range(50000):
    table[i % 1000] = (i, [i])
print(len(table), table[999])
