def parse(pattern):
    cells = set()
    for r, line in enumerate(pattern.strip().splitlines()):
        for c, ch in enumerate(line):
            if ch == "#":
                cells.add((r, c))
    return cells


def step(cells):
    counts = {}
    for (r, c) in cells:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = (r + dr, c + dc)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in cells)}


def render(cells, rows, cols):
    return "\n".join("".join("#" if (r, c) in cells else "." for c in range(cols)) for r in range(rows))


glider = parse("""
.#.
..#
###
""")
state = glider
for gen in range(5):
    print(f"gen {gen}: {len(state)} cells, bbox rows {min(r for r, _ in state)}-{max(r for r, _ in state)}")
    print(render(state, 6, 6))
    state = step(state)
shifted = {(r - 1, c - 1) for r, c in step(step(step(step(glider))))}
print("glider repeats shifted:", shifted == glider)
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step(blinker)), step(step(blinker)) == blinker)
block = {(0, 0), (0, 1), (1, 0), (1, 1)}
print(step(block) == block, len(step({(0, 0)})))
