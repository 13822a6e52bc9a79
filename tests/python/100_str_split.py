# str.split/rsplit with separators and maxsplit, splitlines, and join.
s = "a,b,,c,d"
print(s.split(","), s.split(",", 1), s.split(",", maxsplit=2), s.rsplit(",", 1))
print("  one  two   three ".split(), "  one  two   three ".split(None, 1))
print("  one  two   three ".rsplit(None, 1), "".split(), "".split(","))
print("a--b--c".split("--"), "abc".split("abc"), "x".split("y"))
print("line1\nline2\r\nline3\n".splitlines(), "a\n\nb".splitlines(True))
print("-".join("abc"), "".join([]), ", ".join(map(str, [1, 2, 3])))
print(" | ".join(("x", "y")), "+".join(k for k in {"p": 1, "q": 2}))
try:
    "x".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a b".split("")
except ValueError as e:
    print("ValueError:", e)
words = "the quick brown fox jumps".split()
print(len(words), words[::-1], " ".join(reversed(words)))
