#!/usr/bin/python3
"""Writes lib/special_casing.bin, the case mappings src/unicode_case.rs's
simple ones do not give (all of them past Latin Extended-A), from CPython 3.11's str methods (SpecialCasing.txt's
unconditional mappings and CaseFolding.txt's full foldings): records of
(u32 code point, u8 kind, u8 length, 3 x u32 result), little-endian, sorted
by code point then kind; kind 0 upper (result longer than one character,
or any change from U+0180 on, past the blocks whose simple mappings
unicode_case.rs computes), 1 lower (likewise), 2 title (differs from
upper), 3 casefold (differs from lower).  Run with CPython 3.11: interpreter-spec/tools/gen_special_casing.py
"""
import os
import struct

here = os.path.dirname(os.path.abspath(__file__))
recs = []
for cp in range(0x110000):
    c = chr(cp)
    if 0xD800 <= cp < 0xE000:
        continue
    want = [
        (0, c.upper(), len(c.upper()) > 1 or (cp >= 0x180 and c.upper() != c)),
        (1, c.lower(), len(c.lower()) > 1 or (cp >= 0x180 and c.lower() != c)),
        (2, c.title(), c.title() != c.upper()),
        (3, c.casefold(), c.casefold() != c.lower()),
    ]
    for kind, s, use in want:
        if use:
            assert len(s) <= 3
            cps = [ord(x) for x in s] + [0] * (3 - len(s))
            recs.append(struct.pack("<IBB3I", cp, kind, len(s), *cps))
with open(os.path.join(here, "..", "lib", "special_casing.bin"), "wb") as f:
    f.write(b"".join(recs))
print(len(recs), "records")
