text = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs! Quick, quick."""
counts = {}
for raw in text.split():
    w = raw.strip(".,;!").lower()
    counts[w] = counts.get(w, 0) + 1
for w, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    print(f"{w:<6}{c:>3}")
print(len(counts), sum(counts.values()))
longest = max(counts, key=lambda w: (len(w), w))
print(longest)
by_len = {}
for w in sorted(counts):
    by_len.setdefault(len(w), []).append(w)
print(sorted(by_len.items()))
