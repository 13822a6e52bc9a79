# random with a fixed seed
import random
random.seed(12345)
print([round(random.random(), 6) for _ in range(3)])
print([random.randint(1, 6) for _ in range(10)])
print(random.randrange(0, 100, 5), random.randrange(10))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.choice("abcdefg"), random.sample(range(100), 5))
print(round(random.uniform(1.0, 2.0), 6))
random.seed(12345)
first = random.random()
random.seed(12345)
print(first == random.random())
rng1 = random.Random(7)
rng2 = random.Random(7)
print([rng1.randint(0, 9) for _ in range(5)] == [rng2.randint(0, 9) for _ in range(5)])
state = rng1.getstate()
a = [rng1.random() for _ in range(3)]
rng1.setstate(state)
b = [rng1.random() for _ in range(3)]
print(a == b)
r = random.Random("seed string")
print(r.randint(1, 1000), r.choice(["x", "y", "z"]))
r = random.Random(2024)
print(r.getrandbits(16), r.getrandbits(1), r.randbytes(4).hex() if hasattr(r, "randbytes") else "")
try:
    random.choice([])
except IndexError as e:
    print(type(e).__name__, e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    random.randint(5, 1)
except ValueError as e:
    print(type(e).__name__)
