def bsearch(arr, target, lo=0, hi=None):
    if hi is None:
        hi = len(arr) - 1
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if arr[mid] == target:
        return mid
    if arr[mid] < target:
        return bsearch(arr, target, mid + 1, hi)
    return bsearch(arr, target, lo, mid - 1)
arr = list(range(0, 100, 7))
print([bsearch(arr, t) for t in [0, 7, 49, 98, 50, -1]])
def merge_sort(a):
    if len(a) <= 1:
        return a
    m = len(a) // 2
    l, r = merge_sort(a[:m]), merge_sort(a[m:])
    out = []
    while l and r:
        out.append(l.pop(0) if l[0] <= r[0] else r.pop(0))
    return out + l + r
print(merge_sort([5, 2, 9, 1, 5, 6, 0, -3]))
def quick(a):
    if len(a) < 2:
        return a
    p, *rest = a
    return quick([x for x in rest if x < p]) + [p] + quick([x for x in rest if x >= p])
print(quick([3, 6, 1, 8, 2, 9, 2]))
