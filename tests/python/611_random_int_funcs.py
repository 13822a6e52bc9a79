# random: randrange, randint, choice, shuffle, sample and choices follow CPython 3.11.
import random

random.seed(1)
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 50, 5) for _ in range(5)], [random.randrange(50, 5, -7) for _ in range(5)])
print([random.randint(1, 6) for _ in range(12)], random.randint(-10 ** 30, 10 ** 30))
print([random.randrange(2 ** 70) for _ in range(2)])
print(random.choice('abcdef'), random.choice([10, 20, 30]), random.choice(range(100, 200)))
deck = list(range(20))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5), random.sample('abcdefgh', 8), random.sample(range(10 ** 6), 4))
print(random.sample(['red', 'blue'], counts=[4, 2], k=5), random.sample(range(30), k=10))
print(random.choices('abc', k=6), random.choices([1, 2, 3], weights=[10, 1, 1], k=5))
print(random.choices('xyz', cum_weights=[1, 2, 10], k=4), random.choices(range(5)))
print(random.uniform(1, 10), random.uniform(-1.0, 1.0), random.triangular(0, 10, 2))
