import random
random.seed(42)
a = [random.random() for _ in range(5)]
random.seed(42)
b = [random.random() for _ in range(5)]
print(a == b, all(0 <= x < 1 for x in a))
r = random.Random(7)
ints = [r.randint(1, 6) for _ in range(200)]
print(min(ints) >= 1, max(ints) <= 6, len(set(ints)) == 6)
deck = list(range(52))
random.seed(1)
random.shuffle(deck)
print(sorted(deck) == list(range(52)), len(deck))
sample = random.sample(range(100), 10)
print(len(sample), len(set(sample)), all(0 <= s < 100 for s in sample))
print(random.choice(["only"]), random.randrange(5, 6), random.uniform(2, 2))
ch = random.choices("ab", k=50)
print(len(ch), set(ch) <= {"a", "b"})
g1, g2 = random.Random(123), random.Random(123)
print([g1.randrange(1000) for _ in range(5)] == [g2.randrange(1000) for _ in range(5)])
s = r.getstate(); x = r.random(); r.setstate(s)
print(r.random() == x)
try:
    random.choice([])
except IndexError as e:
    print(type(e).__name__, e)
