#!/usr/bin/python3
"""Writes lib/unicodedata.bin, the tables of the built-in `unicodedata`
module (src/unicodedata_mod.rs), from CPython 3.11's own unicodedata
(Unicode 14.0.0).  Run with CPython 3.11: interpreter-spec/tools/gen_unicodedata.py

Layout (little-endian):
  u32 nruns;  nruns x (u32 first code point, u8 category, u8 bidirectional,
              u8 combining class, u8 east_asian_width | mirrored << 3)
              -- a run covers code points up to the next run's start
  u32 ndec;   ndec x (u32 code point, u8 tag | 0x80 if a primary composite,
              u8 length, u16 offset into the pool), sorted by code point
  u32 npool;  npool x u32 code points of the decompositions
  u32 nnum;   nnum x (u32 code point, i8 decimal, i8 digit, u16 denominator,
              i64 numerator), sorted by code point (-1: none)
  u32 ncomp;  ncomp x (u32 first, u32 second, u32 primary composite), sorted
              by (first, second)
The name lists below must match the ones in src/unicodedata_mod.rs.
Hangul syllables decompose algorithmically and are not in the table.
"""
import os
import struct
import unicodedata as u
from fractions import Fraction

CATS = ['Cn', 'Lu', 'Ll', 'Lt', 'Mn', 'Mc', 'Me', 'Nd', 'Nl', 'No', 'Zs', 'Zl', 'Zp', 'Cc', 'Cf',
        'Cs', 'Co', 'Lm', 'Lo', 'Pc', 'Pd', 'Ps', 'Pe', 'Pi', 'Pf', 'Po', 'Sm', 'Sc', 'Sk', 'So']
BIDI = ['', 'L', 'LRE', 'LRO', 'R', 'AL', 'RLE', 'RLO', 'PDF', 'EN', 'ES', 'ET', 'AN', 'CS',
        'NSM', 'BN', 'B', 'S', 'WS', 'ON', 'LRI', 'RLI', 'FSI', 'PDI']
EAW = ['N', 'Na', 'A', 'W', 'H', 'F']
TAGS = ['', '<font>', '<noBreak>', '<initial>', '<medial>', '<final>', '<isolated>', '<circle>',
        '<super>', '<sub>', '<vertical>', '<wide>', '<narrow>', '<small>', '<square>',
        '<fraction>', '<compat>']

assert u.unidata_version == '14.0.0'
out = bytearray()
runs = []
prev = None
for cp in range(0x110000):
    c = chr(cp)
    t = (CATS.index(u.category(c)), BIDI.index(u.bidirectional(c)), u.combining(c),
         EAW.index(u.east_asian_width(c)) | (u.mirrored(c) << 3))
    if t != prev:
        runs.append((cp,) + t)
        prev = t
out += struct.pack('<I', len(runs))
for r in runs:
    out += struct.pack('<IBBBB', *r)

decs = []
pool = []
for cp in range(0x110000):
    d = u.decomposition(chr(cp))
    if not d:
        continue
    parts = d.split()
    tag = 0
    if parts[0].startswith('<'):
        tag = TAGS.index(parts[0])
        parts = parts[1:]
    codes = [int(p, 16) for p in parts]
    if tag == 0 and len(codes) == 2 and u.normalize('NFC', ''.join(map(chr, codes))) == chr(cp):
        tag |= 0x80
    decs.append((cp, tag, len(codes), len(pool)))
    pool += codes
assert len(pool) < 65536
out += struct.pack('<I', len(decs))
for d in decs:
    out += struct.pack('<IBBH', *d)
out += struct.pack('<I', len(pool))
for p in pool:
    out += struct.pack('<I', p)

nums = []
for cp in range(0x110000):
    c = chr(cp)
    v = u.numeric(c, None)
    if v is None:
        continue
    f = Fraction(v).limit_denominator(1000)
    assert float(f) == v, (cp, v)
    nums.append((cp, u.decimal(c, -1), u.digit(c, -1), f.denominator, f.numerator))
out += struct.pack('<I', len(nums))
for n in nums:
    out += struct.pack('<IbbHq', *n)

comps = []
for (cp, tag, n, off) in decs:
    if tag & 0x80:
        comps.append((pool[off], pool[off + 1], cp))
comps.sort()
out += struct.pack('<I', len(comps))
for c in comps:
    out += struct.pack('<III', *c)

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, '..', 'lib', 'unicodedata.bin'), 'wb') as f:
    f.write(out)
print(len(runs), 'runs,', len(decs), 'decompositions,', len(nums), 'numeric;', len(out), 'bytes')
