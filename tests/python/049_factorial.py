# Factorials and Fibonacci numbers: long big-int computations.
def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

def fact_rec(n):
    return 1 if n < 2 else n * fact_rec(n - 1)

for n in [0, 1, 20, 21, 25, 50, 100]:
    print(n, factorial(n))
f = factorial(1000)
s = str(f)
print(len(s), s[:30], s[-260:-249], sum(int(c) for c in s))
zeros = 0
while f % 10 == 0:
    f //= 10
    zeros += 1
print(zeros, f % 10 ** 12)
print(fact_rec(300) == factorial(300), factorial(300) // factorial(298))
a, b = 0, 1
for i in range(500):
    a, b = b, a + b
print(a)
print(len(str(2 ** 10000)), str(2 ** 10000)[:20])
