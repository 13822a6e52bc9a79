# deque used for sliding windows, BFS and undo history
from collections import deque
def moving_average(values, n):
    window = deque(maxlen=n)
    out = []
    for v in values:
        window.append(v)
        out.append(round(sum(window) / len(window), 2))
    return out
print(moving_average([10, 20, 30, 40, 50, 60], 3))
def window_max(nums, k):
    dq = deque()
    out = []
    for i, n in enumerate(nums):
        while dq and nums[dq[-1]] <= n:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(nums[dq[0]])
    return out
print(window_max([1, 3, -1, -3, 5, 3, 6, 7], 3))
maze = ["S.#.....",
        ".##.###.",
        "....#...",
        ".##...#E"]
def shortest(maze):
    rows, cols = len(maze), len(maze[0])
    start = next((r, c) for r in range(rows) for c in range(cols) if maze[r][c] == "S")
    q = deque([(start, 0)])
    seen = {start}
    while q:
        (r, c), d = q.popleft()
        if maze[r][c] == "E":
            return d
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and maze[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                q.append(((nr, nc), d + 1))
    return -1
print(shortest(maze))
history = deque(maxlen=3)
text = ""
for edit in ["Hello", ",", " world", "!", "?"]:
    history.append(text)
    text += edit
print(repr(text), list(history))
while history:
    text = history.pop()
    print("undo ->", repr(text))
def josephus(n, k):
    circle = deque(range(1, n + 1))
    order = []
    while circle:
        circle.rotate(-(k - 1))
        order.append(circle.popleft())
    return order
print(josephus(7, 3))
