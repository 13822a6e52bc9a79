# big integers
a = 2 ** 200
print(a)
print(len(str(a)), a.bit_length(), a % 1000007)
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(f // 2 ** 40, f % 10 ** 12, -f // 7 ** 20)
print(str(3 ** 100)[:20], sum(int(d) for d in str(2 ** 1000)))
print(pow(3, 10 ** 18, 10 ** 9 + 7), pow(12345678901234567890, 3))
x = 10 ** 30 + 7
y = 10 ** 15 - 3
print(divmod(x, y), x * y, x - y * y)
print(-(2 ** 100) >> 3, (2 ** 100) << 5, (2 ** 70) & (2 ** 70 - 1), (2 ** 70) | 1)
print(hex(2 ** 64), int("f" * 32, 16), (2 ** 64).to_bytes(9, "big"))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10 ** 40 + 12345), isqrt(2 * 10 ** 60))
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(300))
print(2 ** 100 == 2.0 ** 100, 2 ** 53 + 1 == float(2 ** 53 + 1), float(2 ** 1000) > 1e300)
try:
    float(2 ** 2000)
except OverflowError as e:
    print(type(e).__name__, e)
print((10 ** 25) / (10 ** 5), 10 ** 25 // 10 ** 5, (-7) ** 21)
print(abs(-(10 ** 40)), max(2 ** 80, 3 ** 50), hash(2 ** 100) == hash(2 ** 100))
