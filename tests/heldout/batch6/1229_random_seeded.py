import random

random.seed(12345)
print([random.randint(1, 100) for _ in range(8)])
print(round(random.random(), 12), round(random.uniform(5, 10), 12))
print(random.choice("abcdefg"), random.choice([10, 20, 30]))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5), sorted(random.sample(["a", "b", "c", "d"], 2)))
print(random.choices(["x", "y", "z"], weights=[1, 0, 9], k=8))
print(random.randrange(0, 100, 5), random.getrandbits(16), random.randrange(10))
rng = random.Random(42)
first = [rng.random() for _ in range(3)]
rng.seed(42)
second = [rng.random() for _ in range(3)]
print(first == second, [round(x, 10) for x in first])
state = rng.getstate()
a = rng.randint(0, 10 ** 9)
rng.setstate(state)
b = rng.randint(0, 10 ** 9)
print(a == b, a)
r1 = random.Random("seed-string")
r2 = random.Random("seed-string")
print(r1.random() == r2.random(), r1.randint(1, 6), r2.randint(1, 6))
print(round(random.Random(7).gauss(0, 1), 10), round(random.Random(7).normalvariate(10, 2), 10))
print(round(random.Random(3).expovariate(1.5), 10), round(random.Random(3).triangular(0, 10, 3), 10))
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
except ValueError as e:
    print("ValueError")
rng = random.Random(2024)
rolls = [rng.randint(1, 6) for _ in range(600)]
print(len(rolls), min(rolls), max(rolls), all(1 <= r <= 6 for r in rolls))
print(sorted(set(rolls)) == [1, 2, 3, 4, 5, 6])
