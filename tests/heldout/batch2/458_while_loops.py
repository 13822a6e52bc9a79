def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 12)], collatz(27))
best = max(range(1, 1000), key=collatz)
print(best, collatz(best))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), gcd(17, 5), gcd(0, 9))
def digits_sum(n):
    s = 0
    while n:
        n, r = divmod(n, 10)
        s += r
    return s
print(digits_sum(987654321))
n = 0
while True:
    n += 1
    if n * n > 200:
        break
print(n)
def isqrt_newton(n):
    x = n
    while x * x > n:
        x = (x + n // x) // 2
    return x
print(isqrt_newton(10 ** 20), isqrt_newton(99))
