# random: CPython's exact Mersenne Twister sequences for int and float seeds.
import random

for s in [0, 1, 42, -42, 12345, 2 ** 32, 2 ** 32 - 1, 2 ** 64 + 7, 2 ** 100, 3 ** 200, 1.5, -0.25, True]:
    random.seed(s)
    print(s if not isinstance(s, int) or s < 2 ** 70 else 'big', [random.random() for _ in range(3)])
random.seed(7)
print([random.getrandbits(k) for k in (0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 200)])
random.seed(2024)
total = 0.0
for _ in range(2000):
    total += random.random()
print(round(total, 6), random.random())
random.seed(99)
print(random.randbytes(5), random.getrandbits(1000) % 1000003)
random.seed()
x = random.random()
print(0.0 <= x < 1.0)
