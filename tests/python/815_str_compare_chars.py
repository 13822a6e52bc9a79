# str comparisons (the six orderings, by code point) and one-character strings
# from indexing, iteration and chr(): cached below U+0100, fresh above
words = ["abc", "abd", "ab", "", "ABC", "\u00e9", "\u0101", "\U0001f600", "abc" + ""]
for x in words:
    print(repr(x), [(x == y, x != y, x < y, x <= y, x > y, x >= y) for y in words])

s = "h\u00e9llo\u0101"
print([s[i] for i in range(len(s))], [c for c in s], s[-1], s[-6])
e = "\u00e9"
print(s[1] is e[0], chr(200) is chr(200), s[1] == e, s[5] == "\u0101")
print(sorted(["b", "a", "\u0101", "A", "", "ab"]), min("zyx"), max(["a", "b"]))


class S(str):
    def __lt__(self, other):
        return "subclass"


print(S("a") < "b", "a" < S("b"), S("a") == "a")
try:
    "a" < 1
except TypeError as exc:
    print("TypeError:", exc)
print("a" == 1, "a" != None, "x" in "xyz", "" in "")
