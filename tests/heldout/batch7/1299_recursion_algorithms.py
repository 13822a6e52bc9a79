def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src, moves)


moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), moves[:5], moves[-1])


def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([x] + rest)
    return out


print(["".join(p) for p in permutations(list("abc"))], len(permutations(list(range(5)))))


def flatten(obj):
    if isinstance(obj, (list, tuple)):
        return [y for x in obj for y in flatten(x)]
    return [obj]


print(flatten([1, [2, [3, [4, (5, 6)]]], [], 7]))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print([ackermann(2, n) for n in range(4)], ackermann(3, 3))


def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    while left and right:
        out.append((left if left[0] <= right[0] else right).pop(0))
    return out + left + right


print(merge_sort([38, 27, 43, 3, 9, 82, 10, 3]))


def subsets_sum(nums, target):
    if target == 0:
        return [[]]
    if not nums or target < 0:
        return []
    first, rest = nums[0], nums[1:]
    return [[first] + s for s in subsets_sum(rest, target - first)] + subsets_sum(rest, target)


print(subsets_sum([3, 34, 4, 12, 5, 2], 9))


def depth(d):
    if not isinstance(d, dict) or not d:
        return 0
    return 1 + max(depth(v) for v in d.values())


print(depth({"a": {"b": {"c": {}}, "d": 1}}), depth({}), depth({"x": {"y": {"z": {"w": 1}}}}))


def infinite(n):
    return infinite(n + 1)


try:
    infinite(0)
except RecursionError:
    print("RecursionError caught")


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


print(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
