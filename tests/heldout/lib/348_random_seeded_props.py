import random
random.seed(12345)
population = list(range(100))
s = random.sample(population, 10)
print(len(s), len(set(s)), all(x in population for x in s))
shuffled = population[:]
random.shuffle(shuffled)
print(sorted(shuffled) == population, len(shuffled))
vals = [random.random() for _ in range(1000)]
print(all(0.0 <= v < 1.0 for v in vals))
ints = [random.randint(3, 7) for _ in range(500)]
print(min(ints) >= 3, max(ints) <= 7)
print(random.choice("abc") in "abc")
print(all(1 <= random.randrange(1, 10, 2) <= 9 for _ in range(100)))
print(all(random.randrange(1, 10, 2) % 2 == 1 for _ in range(100)))
