"""Writes interpreter-spec/lib/unicode.bin, the character-property table behind
the str predicates (src/unicode_db.rs), from CPython's own answers.

Run with /usr/bin/python3 (CPython 3.11, Unicode 14.0), the oracle:
    /usr/bin/python3 interpreter-spec/tools/gen_unicode.py

Format: little-endian records of 6 bytes, (u32 first code point, u16 flags),
sorted; a record covers code points up to the next record's start.  Flag
bits are the FLAG_* constants of src/unicode_db.rs, in this order.
"""
import os
import struct
import unicodedata


def flags(c):
    props = [
        c.isalpha(),
        c.isdecimal(),
        c.isdigit(),
        c.isnumeric(),
        c.isspace(),
        c.isupper(),
        c.islower(),
        c.isprintable(),
        unicodedata.category(c) == "Lt",
        c.isidentifier(),
        ("a" + c).isidentifier(),
    ]
    f = 0
    for i, p in enumerate(props):
        if p:
            f |= 1 << i
    return f


def main():
    out = bytearray()
    prev = None
    for cp in range(0x110000):
        f = flags(chr(cp))
        if f != prev:
            out += struct.pack("<IH", cp, f)
            prev = f
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib", "unicode.bin")
    with open(path, "wb") as fh:
        fh.write(out)
    print("wrote %s: %d records (Unicode %s)" % (os.path.normpath(path), len(out) // 6, unicodedata.unidata_version))


main()
