# bytes literals: escapes, repr quoting, indexing, slicing, iteration.
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], b[::2])
print(b'', b"it's", b'say "hi"', b'both \' and "', b"\x00\x7f\x80\xff")
print(b"tab\there\nnewline\r\\", rb"raw\n", br"\x41")
print(b"\101\102", b"\u1234", b"a" b"b" b'c')
print(list(b"abc"), [x for x in b"AZ"], tuple(b"\x01\x02"))
print(type(b).__name__, isinstance(b, bytes), bytes is type(b))
print(b"abc" == b"abc", b"abc" != b"abd", b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc")
print(b"abc" == "abc", b"" == b"", bool(b""), bool(b"x"))
print(b"ell" in b, 104 in b, 120 in b, b"" in b)
print(b + b" world", b * 2, 3 * b"ab", b"-" * 0)
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"])
for i, c in enumerate(b"hi"):
    print(i, c, chr(c))
