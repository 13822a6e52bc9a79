from collections import Counter, defaultdict, deque
text = """It was the best of times it was the worst of times
it was the age of wisdom it was the age of foolishness"""
words = text.lower().split()
c = Counter(words)
for word, n in c.most_common(4):
    print(f"{word:>8} {n}")
lengths = Counter(len(w) for w in words)
print(sorted(lengths.items()))
index = defaultdict(list)
for i, w in enumerate(words):
    if w in ("age", "best"):
        index[w].append(i)
print(dict(index))
window = deque(maxlen=3)
triples = Counter()
for w in words:
    window.append(w)
    if len(window) == 3:
        triples[tuple(window)] += 1
print(triples.most_common(1))
