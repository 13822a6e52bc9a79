import itertools as it
board = [[0] * 3 for _ in range(3)]
for r, c in it.product(range(3), repeat=2):
    board[r][c] = r * 3 + c
print(board)
def neighbors(r, c, R=3, C=3):
    return sorted((r + dr, c + dc) for dr, dc in it.product((-1, 0, 1), repeat=2)
                  if (dr, dc) != (0, 0) and 0 <= r + dr < R and 0 <= c + dc < C)
print(neighbors(0, 0), len(neighbors(1, 1)))
dice = list(it.product(range(1, 7), repeat=2))
from collections import Counter
sums = Counter(a + b for a, b in dice)
print(sorted(sums.items()))
print(sum(1 for a, b, c in it.product(range(1, 7), repeat=3) if a + b + c == 10))
print(["".join(w) for w in it.permutations("dog")])
