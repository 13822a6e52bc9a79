import re

data = [5, 12, 7, 30, 2, 18]
if (n := len(data)) > 3:
    print(f"list has {n} items")
print([y for x in data if (y := x * 2) > 20])
print(y)
lines = iter(["first", "second", "", "ignored"])
while (line := next(lines)) != "":
    print("line:", line)
pattern = re.compile(r"(\w+)=(\d+)")
for text in ["a=1", "nothing", "bb=22"]:
    if (m := pattern.match(text)) is not None:
        print(m.group(1), int(m.group(2)))
    else:
        print("no match for", text)
total = 0
running = [total := total + v for v in [1, 2, 3, 4]]
print(running, total)


def expensive(x):
    print(f"  expensive({x})")
    return x * x


results = [v for x in range(4) if (v := expensive(x)) % 2 == 0]
print(results)
stack = [1, 2, 3]
while stack and (top := stack.pop()) != 1:
    print("popped", top)
print("stopped at", top, stack)
info = {"user": {"name": "ann"}}
if (user := info.get("user")) and (name := user.get("name")):
    print("hello", name)
print((a := 10) + a, a)
chunks = []
buf = iter("abcdefgh")
import itertools
while chunk := "".join(itertools.islice(buf, 3)):
    chunks.append(chunk)
print(chunks)
values = [3, 8, 1]
print(max(values), (m := max(values)) * 2, m)
if any((hit := v) > 5 for v in values):
    print("first > 5:", hit)


def f(x):
    return (r := x + 1) * r


print(f(3))
