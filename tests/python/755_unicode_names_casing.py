# \N{...} escapes, full Unicode case mappings (SpecialCasing, case folding), UnicodeDecodeError attributes
print("\N{GREEK SMALL LETTER ALPHA}\N{LATIN SMALL LETTER E WITH ACUTE}\N{snowman}\N{EM DASH}\N{CJK UNIFIED IDEOGRAPH-4E00}")
print("\N{GRINNING FACE}\N{BLACK HEART SUIT}\N{RIGHTWARDS ARROW}\N{EURO SIGN}\N{INFINITY}\N{BOX DRAWINGS LIGHT HORIZONTAL}")
print(f"\N{GREEK CAPITAL LETTER OMEGA}{1 + 1}\N{DEGREE SIGN}", b"\N{x}", r"\N{x}", "\\N{x}", len("\N{SPACE}"))
for src in ['"\\N{NO SUCH NAME}"', '"\\N{GREEK"']:
    try:
        eval(src)
    except SyntaxError as e:
        print("SyntaxError", e.msg.split(":")[-1].strip())
tests = ["ß", "straße", "İstanbul", "ǅemal", "ǆ", "ﬁ", "ŉ", "ΐ", "Σίσυφος", "ὒ", "ᾳ", "ﬃx", "ſ", "µ", "Ꭰ", "ꭰ",
         "Ա", "ա", "ǰ", "ẞ", "ῼ", "Ⅻ", "ⓐ", "Ａ", "𐐀", "hello World", "ÀÉ", "ǈ", "Ǳ", "ΣΑΣ"]
for t in tests:
    print(t, t.upper(), t.lower(), t.title(), t.capitalize(), t.swapcase(), t.casefold(), len(t.upper()), len(t.lower()), len(t.casefold()))
print("Straße".casefold() == "STRASSE".casefold(), "İ".lower().encode("utf-8"), "ß".upper().lower())
for b, enc in [(b"\xff", "utf-8"), (b"ab\xe2\x82", "utf-8"), (b"a\x80", "ascii"), (b"\xc3\x28", "utf-8"), (b"x\xed\xa0\x80y", "utf-8")]:
    try:
        b.decode(enc)
    except UnicodeDecodeError as e:
        print(e.encoding, e.object, e.start, e.end, e.reason, "|", e)
try:
    str(b"\xfe", "utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e.reason, e.start, e.end)
