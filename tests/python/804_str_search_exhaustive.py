# str.find / index / count / replace / split / partition / `in` against a brute-force
# search, for needles with repeated characters, needles whose last character recurs, matches
# at the very start and end, start/end offsets, and characters beyond ASCII.

def brute_find(s, sub, start=0):
    for i in range(start, len(s) - len(sub) + 1):
        if s[i:i + len(sub)] == sub:
            return i
    return -1

texts = [
    "",
    "a",
    "aaaaaaaaab",
    "abababababac",
    "the quick brown fox jumps over the lazy dog; the end",
    "xyzzy" * 7 + "xyz",
    "mississippi missouri mississippi",
    "αβγαβγαββγ naïve café ñandú αβ",
    "aab" * 9 + "aaab",
]
needles = ["", "a", "b", "ab", "ba", "aab", "aaab", "abac", "the", "end", "dog;",
           "xyzzyx", "zzy", "issi", "ssippi", "γαβ", "ñandú", "αβ", "missing", "q",
           "abababababac", "abababababacd", "é", "y x"]

bad = 0
checks = 0
for t in texts:
    for n in needles:
        for start in (0, 1, 3, len(t) // 2, len(t)):
            got = t.find(n, start)
            want = brute_find(t, n, start)
            checks += 1
            if got != want:
                bad += 1
                print("MISMATCH", repr(t), repr(n), start, got, want)
        print(repr(n)[:12].ljust(12), t.find(n), t.rfind(n), t.count(n), n in t,
              t.replace(n, "<>", 2)[:40] if n else "", t.partition(n if n else "?")[0][:10])
print("checks", checks, "bad", bad)

# find with an end bound, index errors, and split on multi-character separators.
s = "one, two, three,, four,"
print(s.find(", ", 0, 4), s.find(", ", 0, 5), s.find("three", 5, 15), s.find("three", 5, 14))
print(s.split(", "), s.split(",,"), s.split(", ", 1), s.rsplit(", ", 1))
try:
    s.index("five")
except ValueError as e:
    print("ValueError", e)
print("abcabcabd".find("abd"), "abcabcabd".find("cab", 3), "zzzzzz".count("zz"))
big = "ab" * 5000 + "abc" + "ab" * 10
print(big.find("abc"), big.find("bab", 9000), big.count("aba"), big.rfind("abab"))
