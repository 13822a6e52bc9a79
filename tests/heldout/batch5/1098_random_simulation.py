# seeded random simulations: dice statistics, weighted choices, random walk
import random
rng = random.Random(42)
rolls = [rng.randint(1, 6) + rng.randint(1, 6) for _ in range(2000)]
counts = {s: rolls.count(s) for s in range(2, 13)}
print(counts)
print("most common sum:", max(counts, key=counts.get))
print(rng.choices(["red", "green", "blue"], weights=[10, 1, 1], k=8))
print(rng.choices(range(5), cum_weights=[1, 1, 1, 1, 10], k=6))
pos = 0
path = []
for _ in range(20):
    pos += rng.choice((-1, 1))
    path.append(pos)
print(path, min(path), max(path))
inside = sum(1 for _ in range(10000) if rng.random() ** 2 + rng.random() ** 2 <= 1)
print("pi estimate:", 4 * inside / 10000)
names = ["ann", "bob", "cy", "dee", "eve", "fay"]
teams = names[:]
rng.shuffle(teams)
print(teams[:3], teams[3:])
print(rng.sample(names, k=2), sorted(rng.sample(range(1, 50), 6)))
print(round(rng.gauss(100, 15), 4), round(rng.normalvariate(0, 1), 4), round(rng.expovariate(2), 4))
print(round(rng.triangular(0, 10, 2), 4), round(rng.betavariate(2, 3), 4))
