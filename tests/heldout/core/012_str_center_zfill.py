print("[" + "abc".center(9) + "]")
print("[" + "abc".center(10, "*") + "]")
print("[" + "abc".ljust(6, ".") + "]")
print("[" + "abc".rjust(6) + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(6), "abc".zfill(2))
print("[" + "toolong".center(3) + "]")
print("ß".casefold(), "ß".lower(), "ß".upper())
print("Straße".casefold() == "STRASSE".casefold())
print("ǅ".lower(), "ǅ".upper(), "ǅ".title())
try:
    "a".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
