import sys
memo = {}
def ways(n, coins):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    key = (n, coins)
    if key not in memo:
        memo[key] = ways(n - coins[0], coins) + ways(n, coins[1:])
    return memo[key]
print(ways(100, (50, 25, 10, 5, 1)), ways(10, (2, 5, 3, 6)))
def lcs(a, b):
    from functools import lru_cache
    @lru_cache(maxsize=None)
    def go(i, j):
        if i == len(a) or j == len(b):
            return ""
        if a[i] == b[j]:
            return a[i] + go(i + 1, j + 1)
        x, y = go(i + 1, j), go(i, j + 1)
        return x if len(x) >= len(y) else y
    return go(0, 0)
print(lcs("ABCBDAB", "BDCABA"), lcs("kitten", "sitting"))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
try:
    depth(10 ** 6)
except RecursionError as e:
    print(type(e).__name__)
