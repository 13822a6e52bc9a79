from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(d.count(7), d.index(7), 8 in d)
d.remove(7)
d.insert(1, "x")
print(d)
d.reverse()
print(d, list(reversed(d)))
window = deque(maxlen=3)
for i in range(6):
    window.append(i)
    print(list(window), window.maxlen)
window.appendleft(100)
print(window)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    deque().popleft()
except IndexError as e:
    print("IndexError:", e)
d2 = deque("abc")
d2[1] = "B"
del d2[0]
print(d2, d2 * 2, d2 + deque("z"), d2 == deque(["B", "c"]))
print(deque(range(5), maxlen=2), deque(maxlen=0), bool(deque()))


def tail(lines, n):
    return list(deque(lines, maxlen=n))


print(tail(["l1", "l2", "l3", "l4"], 2))


def bfs(graph, start):
    seen = {start}
    order = []
    q = deque([start])
    while q:
        node = q.popleft()
        order.append(node)
        for nb in graph[node]:
            if nb not in seen:
                seen.add(nb)
                q.append(nb)
    return order


g = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": [], "e": ["a"]}
print(bfs(g, "a"))
dc = d.copy()
dc.clear()
print(dc, len(d))
