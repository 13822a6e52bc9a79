# realistic program: seeded dice simulation with histogram
import random
from collections import Counter
rng = random.Random(2023)
rolls = [rng.randint(1, 6) + rng.randint(1, 6) for _ in range(3600)]
hist = Counter(rolls)
for total in range(2, 13):
    bar = '#' * (hist[total] // 20)
    print(f'{total:>2} {hist[total]:>4} {bar}')
print('mean', round(sum(rolls) / len(rolls), 4), 'most common', hist.most_common(1)[0][0])
def play_game(seed):
    g = random.Random(seed)
    pos, turns = 0, 0
    ladders = {3: 11, 6: 17, 9: 18, 10: 12}
    snakes = {14: 4, 19: 8, 22: 20, 24: 16}
    while pos < 25:
        turns += 1
        pos += g.randint(1, 6)
        pos = ladders.get(pos, snakes.get(pos, pos))
    return turns
results = [play_game(s) for s in range(20)]
print(results, min(results), max(results))
deck = [(r, s) for s in 'SHDC' for r in range(1, 14)]
g = random.Random(7)
hands = []
for _ in range(5):
    g.shuffle(deck)
    hands.append(sorted(deck[:5]))
for h in hands:
    print(h, 'flush' if len({s for _, s in h}) == 1 else 'pair+' if len({r for r, _ in h}) < 5 else 'high')
walk = [0]
w = random.Random(11)
for _ in range(30):
    walk.append(walk[-1] + w.choice((-1, 1)))
print(walk, max(walk), min(walk))
