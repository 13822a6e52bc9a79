# bench: N-queens by recursive backtracking with generators, sets and tuples
import sys


def solve(n):
    """Yield every placement as a tuple: the queen's column for each row."""
    cols = set()
    diag1 = set()
    diag2 = set()
    placed = []

    def place(row):
        if row == n:
            yield tuple(placed)
            return
        for c in range(n):
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            placed.append(c)
            yield from place(row + 1)
            placed.pop()
            cols.discard(c)
            diag1.discard(row + c)
            diag2.discard(row - c)

    return place(0)


def board_key(sol):
    k = 0
    for c in sol:
        k = k * len(sol) + c
    return k


def main():
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    total = 0
    keys = 0
    first = None
    for _ in range(max(1, int(scale * 30))):
        for sol in solve(9):
            if first is None:
                first = sol
            total += 1
            keys = (keys + board_key(sol)) % 1000000007
    print("solutions:", total)
    print("first:", first)
    print("key checksum:", keys)
    print("7-queens:", sum(1 for _ in solve(7)))


main()
