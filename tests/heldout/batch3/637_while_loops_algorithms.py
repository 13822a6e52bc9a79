def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), gcd(17, 5), gcd(0, 9))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(i) for i in range(1, 11)], collatz(27))
def bsearch(a, x):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x: return mid
        if a[mid] < x: lo = mid + 1
        else: hi = mid - 1
    return -1
data = list(range(0, 100, 3))
print(bsearch(data, 27), bsearch(data, 28))
def digits(n):
    out = []
    while n:
        n, r = divmod(n, 10)
        out.append(r)
    return out[::-1]
print(digits(9075))
