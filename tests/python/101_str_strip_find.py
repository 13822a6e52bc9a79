# strip family with character sets, find/rfind/index/rindex/count with
# start and end, and the ValueError from index().
s = "xxhello worldxx"
print(repr(s.strip("x")), repr(s.lstrip("x")), repr(s.rstrip("x")), repr("  \t a \n".strip()))
print(repr("abcba".strip("ab")), repr("...text,,,".strip(".,")), repr("aaa".strip("a")))
t = "abracadabra"
print(t.find("a"), t.find("a", 1), t.find("a", 1, 3), t.rfind("a"), t.rfind("a", 0, 5))
print(t.find("zz"), t.rfind("zz"), t.find(""), t.rfind(""), t.find("", 20))
print(t.index("cad"), t.rindex("bra"), t.count("a"), t.count("a", 4), t.count(""), t.count("ab", 0, 4))
print(t.find("a", -3), t.count("bra", -4))
print(t.startswith("abr"), t.startswith(("x", "ab")), t.endswith("bra", 0, 4), t.startswith("cad", 4))
print("hello".removeprefix("he"), "hello".removesuffix("lo"), "hello".removeprefix("x"))
try:
    t.index("zz")
except ValueError as e:
    print("ValueError:", e)
try:
    t.rindex("q")
except ValueError as e:
    print("ValueError:", e)
