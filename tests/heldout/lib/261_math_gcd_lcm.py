import math
print(math.gcd(12, 18))
print(math.gcd(0, 5), math.gcd(0, 0))
print(math.gcd(-12, 18))
print(math.gcd(12, 18, 30))
print(math.gcd())
print(math.lcm(4, 6))
print(math.lcm(4, 6, 10))
print(math.lcm(0, 5))
print(math.lcm())
print(math.gcd(2**100, 2**60 * 3))
try:
    math.gcd(1.5, 2)
except TypeError as e:
    print(type(e).__name__)
