from collections import Counter
import re
text = "It was the best of times, it was the worst of times, it was the age of wisdom"
words = re.findall(r"[a-z]+", text.lower())
c = Counter(words)
for w, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:4]:
    print(w, n)
letters = Counter(ch for ch in text.lower() if ch.isalpha())
print(sorted(letters.most_common(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(sorted(Counter(len(w) for w in words).items()))
bigrams = Counter(zip(words, words[1:]))
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:2])
print(c.get("times"), c["nope"], "nope" in c)
