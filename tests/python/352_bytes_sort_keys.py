# bytes as dict keys and set members; sorting, min/max and conversions.
words = [b"pear", b"apple", b"fig", b"Apple"]
print(sorted(words), min(words), max(words), sorted(words, key=len))
counts = {}
for w in b"the cat the hat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, b"the" in counts, sorted(counts.items()))
print(len({b"x", b"x", bytes(b"x")}), bytearray(b"x") == b"x", len({b"a", b"b"}))
print(list(map(len, words)), [w.decode() for w in words], b"|".join(sorted(words)))
print(bytes([c for c in b"hello" if c != 108]), bytes(reversed(b"abc")), b"%s" if False else b"abc"[::-1])
print(int(b"42".decode()) + 1, str(b"abc"), f"{b'xyz'}", repr(bytearray(b"q")), str(b"a", "ascii"))
