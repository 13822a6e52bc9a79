# random.shuffle, sample, choices with weights
import random
rng = random.Random(99)
deck = [f'{r}{s}' for s in 'SHDC' for r in ['A', '2', '3', 'K']]
rng.shuffle(deck)
print(deck)
print(rng.sample(deck, 4), sorted(rng.sample(range(1000), 3)))
print(rng.choices(['a', 'b', 'c'], weights=[10, 1, 1], k=10))
print(rng.choices(range(5), cum_weights=[1, 2, 3, 4, 100], k=6))
counts = {'H': 0, 'T': 0}
for _ in range(1000):
    counts[rng.choice('HT')] += 1
print(counts, sum(counts.values()))
nums = list(range(10))
random.seed(5)
random.shuffle(nums)
print(nums, sorted(nums) == list(range(10)))
random.seed(5)
again = list(range(10))
random.shuffle(again)
print(again == nums)
def monte_carlo_pi(n, seed):
    g = random.Random(seed)
    inside = sum(1 for _ in range(n) if g.random() ** 2 + g.random() ** 2 <= 1)
    return 4 * inside / n
print(monte_carlo_pi(20000, 1))
print(random.Random(3).sample(['x', 'y', 'z'], k=3), random.Random(3).sample('abc', counts=[1, 2, 3], k=4))
print(round(random.Random(8).normalvariate(10, 2), 8), round(random.Random(8).lognormvariate(0, 1), 8))
print(round(random.Random(1).vonmisesvariate(0, 1), 8), round(random.Random(1).paretovariate(2), 8), round(random.Random(1).weibullvariate(1, 2), 8))
