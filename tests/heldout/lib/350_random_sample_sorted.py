import random
random.seed(2024)
s = sorted(random.sample(range(1000), 20))
print(len(s), s == sorted(s), len(set(s)) == 20)
print(all(s[i] < s[i + 1] for i in range(len(s) - 1)))
w = random.choices("ab", weights=[1, 0], k=10)
print(w)
print(random.choices("xyz", cum_weights=[0, 0, 1], k=3))
g = random.gauss(0, 1)
print(isinstance(g, float))
b = random.getrandbits(16)
print(0 <= b < 2 ** 16)
try:
    random.choice([])
except IndexError as e:
    print(type(e).__name__)
