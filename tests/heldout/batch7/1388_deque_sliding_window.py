from collections import deque


def moving_average(values, n):
    window = deque(maxlen=n)
    total = 0.0
    out = []
    for v in values:
        if len(window) == n:
            total -= window[0]
        window.append(v)
        total += v
        out.append(round(total / len(window), 3))
    return out


prices = [10, 11, 12, 13, 12, 11, 15, 20, 18]
print(moving_average(prices, 3))


def window_max(values, k):
    dq = deque()
    res = []
    for i, v in enumerate(values):
        while dq and values[dq[-1]] <= v:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            res.append(values[dq[0]])
    return res


print(window_max([1, 3, -1, -3, 5, 3, 6, 7], 3))


def tail(lines, n=3):
    return list(deque(lines, maxlen=n))


print(tail(f"line {i}" for i in range(10)), tail([], 2), tail("ab", 5))


def bfs(grid, start, goal):
    rows, cols = len(grid), len(grid[0])
    q = deque([(start, 0)])
    seen = {start}
    while q:
        (r, c), d = q.popleft()
        if (r, c) == goal:
            return d
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "." and (nr, nc) not in seen:
                seen.add((nr, nc))
                q.append(((nr, nc), d + 1))
    return -1


maze = ["..#....",
        ".##.##.",
        "...#...",
        "#.....#"]
print(bfs(maze, (0, 0), (0, 6)), bfs(maze, (0, 0), (0, 3)), bfs([".#", "#."], (0, 0), (1, 1)))
recent = deque(maxlen=4)
for url in ["/a", "/b", "/a", "/c", "/d", "/e"]:
    if url in recent:
        recent.remove(url)
    recent.append(url)
print(list(recent), recent.maxlen)
d = deque([1, 2, 3], maxlen=3)
d.extend([4, 5])
print(d)
d.extendleft([0])
print(d, d[1], d[-1])
try:
    d.insert(0, 99)
except IndexError as e:
    print("IndexError:", e)
