data = [4, 8, 15, 16, 23, 42]
if (n := len(data)) > 5:
    print(f"list has {n} items")
print([y for x in data if (y := x * 2) > 20])
lines = ["a", "bb", "", "ccc"]
it = iter(lines)
while (line := next(it, None)) is not None and line:
    print("line", line)
import re
for s in ["age=42", "name", "h=7"]:
    if m := re.match(r"(\w+)=(\d+)", s):
        print(m.group(1), int(m.group(2)))
    else:
        print("no match", s)
total = 0
print([total := total + v for v in [1, 2, 3, 4]], total)
