# random with a fixed seed
import random
random.seed(12345)
print([round(random.random(), 10) for _ in range(3)])
print([random.randint(1, 100) for _ in range(8)])
print([random.randrange(0, 50, 5) for _ in range(6)], random.randrange(10))
print(random.choice('abcdefg'), random.choice([10, 20, 30]), random.choices('xyz', k=5))
print(round(random.uniform(1.5, 2.5), 10), random.getrandbits(16))
random.seed('a string seed')
print(random.randint(0, 10**6), random.random())
r = random.Random(42)
print(r.randint(1, 6), r.randint(1, 6), r.randint(1, 6), round(r.gauss(0, 1), 8))
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
b = [r.random() for _ in range(3)]
print(a == b)
r1, r2 = random.Random(7), random.Random(7)
print([r1.randint(0, 9) for _ in range(10)] == [r2.randint(0, 9) for _ in range(10)])
random.seed(2024)
print(random.sample(range(100), 5), random.randbytes(4).hex())
print(round(random.triangular(0, 10, 3), 8), round(random.betavariate(2, 3), 8), round(random.expovariate(1.5), 8))
try:
    random.choice([])
except IndexError as e:
    print(type(e).__name__, e)
try:
    random.randint(5, 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print(type(e).__name__, e)
