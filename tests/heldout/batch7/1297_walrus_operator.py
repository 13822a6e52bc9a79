import re

log = """INFO start
WARN disk 91%
ERROR failed to open config.yaml
INFO retry
ERROR timeout after 30s
DEBUG noise"""

errors = [m.group(1) for line in log.splitlines() if (m := re.match(r"ERROR (.*)", line))]
print(errors)
if (n := len(errors)) > 1:
    print(f"{n} errors found")

data = [3, 8, 1, 9, 4, 7]
chunks = iter(data)
total = 0
while (x := next(chunks, None)) is not None:
    total += x
    if total > 15:
        break
print(total, x, list(chunks))


def expensive(v):
    return v * v - 10


results = [y for v in range(6) if (y := expensive(v)) > 0]
print(results, y)
print([last := i * 2 for i in range(4)], last)
stack = [1, 2, 3]
popped = []
while stack and (top := stack.pop()) != 1:
    popped.append(top)
print(popped, top, stack)
word_counts = {}
for w in "a b a c b a".split():
    word_counts[w] = (c := word_counts.get(w, 0)) + 1
print(word_counts, c)
if any((bad := v) < 0 for v in [5, 3, -2, 7]):
    print("first negative:", bad)
print((s := "walrus").upper(), s)
buf = "abc,def;ghi,jk"
pos = 0
tokens = []
while (idx := min((i for i in (buf.find(",", pos), buf.find(";", pos)) if i != -1), default=-1)) != -1:
    tokens.append(buf[pos:idx])
    pos = idx + 1
tokens.append(buf[pos:])
print(tokens)


def f(a=(b := 5)):
    return a


print(f(), b)
