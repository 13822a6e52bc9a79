def stats(nums):
    return min(nums), max(nums), sum(nums) / len(nums)
lo, hi, avg = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, avg)
r = stats([1, 2])
print(r, type(r).__name__, r[2])
def divmod_like(a, b):
    return a // b, a % b
q, rem = divmod_like(17, 5)
print(q, rem)
def first_last(s):
    return s[0], s[-1]
print(first_last("python"), first_last([1]))
def swap(pair):
    a, b = pair
    return b, a
print(swap(("x", "y")))
def nothing():
    pass
print(nothing(), nothing() is None)
