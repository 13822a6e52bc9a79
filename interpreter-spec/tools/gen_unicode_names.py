#!/usr/bin/python3
"""Writes lib/unicode_names.txt, the character names the lexer's \\N{...}
escapes know (src/lexer_literal.rs), from CPython's unicodedata: one
"HEX NAME" line per code point of the blocks below, which cover Latin,
Greek, Cyrillic, Hebrew, Arabic, Devanagari, Thai, kana, fullwidth forms, punctuation, currency, letterlike symbols, arrows,
mathematical operators, box drawing, shapes, miscellaneous symbols,
dingbats and the emoticons.  CJK UNIFIED IDEOGRAPH-XXXX names are
computed instead.  Run with CPython 3.11: interpreter-spec/tools/gen_unicode_names.py
"""
import os
import unicodedata

RANGES = [
    (0x0020, 0x007E), (0x00A0, 0x024F), (0x0250, 0x02FF), (0x0300, 0x036F),
    (0x0370, 0x03FF), (0x0400, 0x04FF), (0x0590, 0x05FF), (0x0600, 0x06FF),
    (0x0900, 0x097F), (0x0E00, 0x0E7F), (0x3040, 0x30FF), (0xFF00, 0xFFEF), (0x1E00, 0x1FFF),
    (0x2000, 0x206F), (0x2070, 0x209F), (0x20A0, 0x20C0), (0x2100, 0x214F),
    (0x2150, 0x218F), (0x2190, 0x21FF), (0x2200, 0x22FF), (0x2300, 0x23FF),
    (0x2460, 0x24FF), (0x2500, 0x257F), (0x2580, 0x259F), (0x25A0, 0x25FF),
    (0x2600, 0x26FF), (0x2700, 0x27BF), (0x3000, 0x303F), (0xFB00, 0xFB06),
    (0xFE0F, 0xFE0F), (0xFFFD, 0xFFFD), (0x1F300, 0x1F5FF), (0x1F600, 0x1F64F),
    (0x1F680, 0x1F6FF), (0x1F900, 0x1F9FF),
]

here = os.path.dirname(os.path.abspath(__file__))
out = []
for lo, hi in RANGES:
    for cp in range(lo, hi + 1):
        name = unicodedata.name(chr(cp), None)
        if name:
            out.append("%X %s\n" % (cp, name))
with open(os.path.join(here, "..", "lib", "unicode_names.txt"), "w") as f:
    f.write("".join(out))
print(len(out), "names")
