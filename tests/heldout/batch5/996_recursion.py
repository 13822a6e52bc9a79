# recursion
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)
def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)
def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i, x in enumerate(items):
        for p in permutations(items[:i] + items[i + 1:]):
            out.append([x] + p)
    return out
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
def flatten_depth(obj, depth=0):
    if isinstance(obj, list):
        return max([flatten_depth(x, depth + 1) for x in obj], default=depth + 1)
    return depth
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
def binary_search(arr, target, lo=0, hi=None):
    if hi is None:
        hi = len(arr) - 1
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if arr[mid] == target:
        return mid
    if arr[mid] < target:
        return binary_search(arr, target, mid + 1, hi)
    return binary_search(arr, target, lo, mid - 1)
print(factorial(20))
moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), moves[:5])
print(["".join(p) for p in permutations(list("abc"))])
print(ackermann(2, 3), ackermann(3, 3))
print(flatten_depth([1, [2, [3, [4]]], []]), flatten_depth(5))
print(sorted(power_set([1, 2, 3])))
arr = list(range(0, 100, 3))
print(binary_search(arr, 42), binary_search(arr, 43))
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print(type(e).__name__, e)
