from collections import Counter
import re

text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity"""
words = re.findall(r"[a-z]+", text.lower())
c = Counter(words)
print(c.most_common(5))
print(c["was"], c["missing"], len(c), c.total())
letters = Counter(ch for ch in text.lower() if ch.isalpha())
print(letters.most_common(3), sorted(letters)[:5])
inv = Counter(apples=3, pears=0, kiwis=-2)
print(sorted(inv.elements()), +inv, -inv)
a = Counter("aabbbc")
b = Counter("abccdd")
print(sorted((a + b).items()), sorted((a - b).items()), sorted((a & b).items()), sorted((a | b).items()))
a.update("zz")
a.subtract({"b": 5})
print(sorted(a.items()))
print(Counter({"x": 2}) == Counter({"x": 2, "y": 0}), Counter("ab") < Counter("aabb"))
bigrams = Counter(zip(words, words[1:]))
print(bigrams.most_common(2))
hist = Counter(len(w) for w in words)
for length in sorted(hist):
    print(f"{length:2} {'*' * hist[length]}")
del c["was"]
print("was" in c, c.most_common(1))
print(Counter().most_common(), Counter("aaa").most_common(10))
