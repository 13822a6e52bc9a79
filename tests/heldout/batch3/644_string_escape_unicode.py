print("tab\there", "new\\nline", r"raw\n")
print(len("\n"), len(r"\n"), repr("a\tb"))
s = "naïve café"
print(s.upper(), len(s), s.encode("utf-8")[:6])
print("\u00e9" == "é", "\N{GREEK SMALL LETTER ALPHA}", ord("α"))
print("ß".upper(), "ǅ".lower(), "İ".lower() == "i̇")
print("Straße".casefold() == "strasse".casefold())
print(repr("\x00\x1f"), "\x41\x42")
print("""multi
line""")
print('it\'s', "say \"hi\"")
print("😀".encode("utf-8"), len("😀"), "😀".encode("utf-16-le").hex())
print([c for c in "añb"], "añb"[1])
