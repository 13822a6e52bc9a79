# str.replace: overlapping candidates, counts, empty old and new, non-ASCII, long texts.
cases = [("", "", "x"), ("abc", "", "-"), ("aaaa", "a", "b"), ("aaaa", "aa", "b"), ("aaaaa", "aa", "XYZ"),
         ("abcabcab", "abc", ""), ("hello world", "o", "0"), ("xyz", "q", "r"), ("ababab", "aba", "-"),
         ("the cat sat on the mat", "at", "og"), ("é café é", "é", "e"), ("aaa", "aaaa", "b")]
for s, old, new in cases:
    print(repr(s.replace(old, new)), [s.replace(old, new, c) for c in (-1, 0, 1, 2, 5)])
big = ("alpha echo " * 3000)
print(len(big.replace("alpha", "ALPHA").replace("echo", "e-c-h-o").replace(" ", "_")), big.replace("a", "")[:20])
