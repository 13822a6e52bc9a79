import math
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True
print([n for n in range(50) if is_prime(n)])
print(math.gcd(*[84, 126, 210]), math.lcm(*range(1, 11)))
def totient(n):
    return sum(1 for k in range(1, n + 1) if math.gcd(n, k) == 1)
print([totient(n) for n in range(1, 13)])
print([math.comb(6, k) for k in range(7)])
print(math.isqrt(10 ** 40) == 10 ** 20, math.isqrt(2 * 10 ** 30))
def perfect(n):
    return n == sum(d for d in range(1, n) if n % d == 0)
print([n for n in (6, 12, 28, 100, 496) if perfect(n)])
print(math.factorial(20) // math.factorial(18), math.prod(range(1, 6), start=2))
