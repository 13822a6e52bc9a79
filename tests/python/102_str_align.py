# center/ljust/rjust with fill characters, zfill with signs, expandtabs.
for w in (1, 5, 8, 9):
    print("[" + "abc".center(w) + "]", "[" + "abc".ljust(w, "*") + "]", "[" + "abc".rjust(w, "-") + "]")
print("ab".center(5, "."), "ab".center(6, "."), "abc".center(6, "."))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(6), "12345".zfill(3), "-".zfill(3))
print(repr("a\tb\tc".expandtabs(4)), repr("ab\tc".expandtabs()), repr("x\ty".expandtabs(2)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
