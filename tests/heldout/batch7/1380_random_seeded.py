import random

random.seed(12345)
print(random.random(), random.random())
print([random.randint(1, 6) for _ in range(10)])
print(random.choice("abcdef"), random.choice([10, 20, 30]), random.randrange(0, 100, 5))
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:5])
print(random.sample(range(100), 5), sorted(random.sample(["x", "y", "z"], 2)))
print(round(random.uniform(1.5, 2.5), 6), random.getrandbits(16))
print(random.choices(["red", "green", "blue"], weights=[10, 1, 1], k=8))
r1 = random.Random(99)
r2 = random.Random(99)
print([r1.randint(0, 9) for _ in range(5)] == [r2.randint(0, 9) for _ in range(5)])
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
b = [random.random() for _ in range(3)]
print(a == b)
rng = random.Random("seed-string")
print(rng.randint(1, 1000), rng.choice(["heads", "tails"]))
walk = [0]
rng = random.Random(7)
for _ in range(20):
    walk.append(walk[-1] + rng.choice((-1, 1)))
print(walk, max(walk), min(walk))
rng = random.Random(2024)
hits = sum(1 for _ in range(10000) if rng.random() ** 2 + rng.random() ** 2 <= 1)
print("pi ~", 4 * hits / 10000)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
try:
    random.randint(5, 1)
except ValueError:
    print("ValueError for empty range")
