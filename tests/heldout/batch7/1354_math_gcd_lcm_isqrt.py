import math

print(math.gcd(48, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(7, 13))
print(math.gcd(), math.gcd(12), math.gcd(12, 18, 24), math.gcd(2 ** 64, 2 ** 40 * 3))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(*range(1, 21)))


def reduce_fraction(n, d):
    g = math.gcd(n, d)
    return n // g, d // g


print([reduce_fraction(*p) for p in [(6, 8), (100, 25), (17, 51), (0, 9)]])
print(math.isqrt(0), math.isqrt(1), math.isqrt(15), math.isqrt(16), math.isqrt(17), math.isqrt(10 ** 40 + 1))
print(math.isqrt(2 ** 200) == 2 ** 100, math.isqrt(2 ** 200 - 1) == 2 ** 100 - 1)


def is_square(n):
    r = math.isqrt(n)
    return r * r == n


print([n for n in range(50) if is_square(n)], is_square(10 ** 30), is_square(10 ** 30 + 1))


def primes_upto(n):
    sieve = [True] * (n + 1)
    sieve[0:2] = [False, False]
    for i in range(2, math.isqrt(n) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(sieve[i * i::i])
    return [i for i, p in enumerate(sieve) if p]


print(primes_upto(60))
try:
    math.isqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.isqrt(2.0)
except TypeError as e:
    print("TypeError:", e)
try:
    math.gcd(1.5, 3)
except TypeError as e:
    print("TypeError:", e)
gears = [12, 18, 30]
print("teeth realign after", math.lcm(*gears), "steps")
print(sum(1 for a in range(1, 31) for b in range(1, 31) if math.gcd(a, b) == 1))
