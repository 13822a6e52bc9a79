# str partition/rpartition, zfill, center, ljust, rjust.
s = "key=value=more"
print(s.partition("="), s.rpartition("="), s.partition("#"), s.rpartition("#"))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(3), "abc".zfill(2), "".zfill(3))
print("[" + "ab".center(7) + "]", "[" + "ab".center(7, "-") + "]", "[" + "abc".center(6, "*") + "]")
print("[" + "x".ljust(4, ".") + "]", "[" + "x".rjust(4, ".") + "]", "[" + "long".ljust(2) + "]")
print("a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), "  a  b  ".split(), "a  b".split(" "))
print("one two three".rsplit(None, 1), "x".split("x"), "".split(","), "".split())
print("hello world".count("o"), "aaaa".count("aa"), "abc".count(""), "hello".find("l", 3), "hello".rfind("l", 0, 3))
try:
    "a".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
