# Counter and defaultdict in a text statistics program
from collections import Counter, defaultdict, namedtuple
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity"""
words = [w.strip(",.").lower() for w in text.split()]
freq = Counter(words)
print(len(words), len(freq))
for word, n in sorted(freq.most_common(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(f"{word:<8}{n:>3} {'*' * n}")
lengths = Counter(len(w) for w in words)
print(sorted(lengths.items()))
by_len = defaultdict(set)
for w in words:
    by_len[len(w)].add(w)
print({k: sorted(v) for k, v in sorted(by_len.items()) if k >= 6})
bigrams = Counter(zip(words, words[1:]))
print(bigrams.most_common(2))
Stat = namedtuple("Stat", "line words chars")
stats = [Stat(i, len(l.split()), len(l)) for i, l in enumerate(text.splitlines(), 1)]
for s in stats:
    print(s)
print(max(stats, key=lambda s: s.chars).line, sum(s.words for s in stats))
letters = Counter(c for c in text.lower() if c.isalpha())
print("".join(ch for ch, _ in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]))
vowels = sum(letters[v] for v in "aeiou")
print(vowels, letters.total() - vowels)
