text = "the quick brown fox jumps over the lazy dog the end"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(len(set(text.replace(" ", ""))))
print(" ".join(w[::-1] for w in "hello world".split()))
def is_pal(s):
    c = [ch.lower() for ch in s if ch.isalnum()]
    return c == c[::-1]
print(is_pal("A man, a plan, a canal: Panama"), is_pal("hello"))
vowels = sum(1 for ch in text if ch in "aeiou")
print(vowels)
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.isalpha() else c for c in "xyz abc")
print(caesar)
print("".join(sorted("listen")) == "".join(sorted("silent")))
print("%".join("abc"), "abc" * 2, "b" in "abc", "abc" < "abd")
print(str.maketrans("ab", "xy")[97], "aabbcc".translate(str.maketrans("ab", "xy", "c")))
