text = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs!
A quiet evening, the end."""

words = [w.strip(".,;!").lower() for w in text.split()]
print(len(words), words[:6])
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
print(top)
lines = text.splitlines()
print(len(lines), [len(l) for l in lines], max(lines, key=len)[:10])
print([l.split(None, 1)[0] for l in lines])
sentence = "  multiple   spaces\there  "
print(" ".join(sentence.split()), repr(sentence.strip()))
csv_line = 'name,age,city\nann,30,"NY"\nbob,,LA'
rows = [r.split(",") for r in csv_line.split("\n")]
header, *data = rows
print(header, data)
print([dict(zip(header, r)) for r in data])
title = "the lord of the rings"
small = {"of", "the", "a"}
print(" ".join(w if (i and w in small) else w.capitalize() for i, w in enumerate(title.split())))
path = "/usr/local/lib/python3.11/site.py"
print(path.rsplit("/", 1)[-1], path.split("/")[1:3], path.rpartition(".")[2], path.count("/"))
key, sep, value = "Content-Type: text/html; charset=utf-8".partition(": ")
print(key, value.split("; "), dict(p.split("=") for p in value.split("; ")[1:]))
s = "racecar"
print(s == s[::-1], "".join(sorted("listen")) == "".join(sorted("silent")))
print("hello world".title(), "HELLO".center(11, "="), "x".join("abc"), "-".join("2024 01 02".split()))
template = "Dear {name}, your order #{order:05d} totals ${total:,.2f}."
print(template.format(name="Ann", order=42, total=1234.5))
vowels = sum(1 for ch in text.lower() if ch in "aeiou")
print("vowels:", vowels, "uppercase:", sum(ch.isupper() for ch in text))
snake = "convertThisCamelCaseString"
out = "".join("_" + c.lower() if c.isupper() else c for c in snake)
print(out, "_".join(p.capitalize() for p in out.split("_")))
print("abc".ljust(6, ".") + "|", "%-6s|" % "abc", f"{'abc':.<6}|")
wrapped = []
line = ""
for w in text.split():
    if len(line) + len(w) + 1 > 25:
        wrapped.append(line)
        line = w
    else:
        line = f"{line} {w}" if line else w
wrapped.append(line)
print("\n".join(wrapped))
