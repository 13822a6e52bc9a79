import sys


def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


def fib_memo(n, memo={}):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)
    memo[n] = r
    return r


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)


def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i in range(len(items)):
        for p in permutations(items[:i] + items[i + 1:]):
            out.append([items[i]] + p)
    return out


def depth(tree):
    if not isinstance(tree, list):
        return 0
    return 1 + max((depth(t) for t in tree), default=0)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(factorial(20), factorial(0))
print(fib_memo(90))
moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), moves[:5])
print(["".join(p) for p in permutations(list("abc"))])
print(depth([1, [2, [3, [4]], []]]), depth(5), depth([]))
print(ackermann(2, 3))
print(is_even(100), is_odd(7))


def flatten_dict(d, prefix=""):
    out = {}
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            out.update(flatten_dict(v, key))
        else:
            out[key] = v
    return out


print(flatten_dict({"a": 1, "b": {"c": 2, "d": {"e": 3}}, "f": {}}))


def infinite(n):
    return infinite(n + 1)


try:
    infinite(0)
except RecursionError as e:
    print("RecursionError caught:", isinstance(e, RuntimeError))


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


arr = list(range(0, 100, 3))
print(binary_search(arr, 42), binary_search(arr, 43))


def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]


print(sorted(power_set([1, 2, 3]), key=lambda x: (len(x), x)))
