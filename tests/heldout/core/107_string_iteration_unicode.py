s = "héllo wörld"
print(len(s), s.upper(), s[1], s.encode("utf-8")[:3])
print([c for c in "abc"], list(enumerate("hi")))
print("ü" < "z", sorted("zéa"), "a" * 3, "-" * 0)
print(s.count("l"), s.index("w"), "ö" in s)
print("straße".upper(), "İ".lower().encode("utf-8"), len("İ".lower()))
print("abc"[::-1], "abc"[-1], "abc"[5:], "ǅ".isupper(), "ǅ".istitle())
try:
    "abc"[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[0] = "H"
except TypeError as e:
    print(type(e).__name__, e)
print(" ".join(w[::-1] for w in "hello world".split()))
