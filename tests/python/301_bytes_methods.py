# bytes methods.
data = b"  The quick brown fox  "
print(data.strip(), data.lstrip(), data.rstrip(), b"xxhixx".strip(b"x"))
print(data.split(), b"a,b,,c".split(b","), b"a b c".split(None, 1), b"a,b,c".rsplit(b",", 1))
print(b"-".join([b"a", b"b", b"c"]), b"".join(x for x in [b"1", b"2"]))
print(b"hello".upper(), b"HeLLo".lower(), b"hello world".title(), b"hello".capitalize(), b"AbC".swapcase())
print(b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".find(b"z"), b"hello".index(b"e"), b"hello".count(b"l"))
print(b"hello".find(108), b"hello".count(b"l", 3), b"hello".find(b"l", 3, 4))
print(b"hello".startswith(b"he"), b"hello".endswith(b"lo"), b"hello".startswith((b"x", b"h")))
print(b"hello".replace(b"l", b"L"), b"aaa".replace(b"a", b"b", 2), b"abc".replace(b"", b"-"))
print(b"123".isdigit(), b"abc".isalpha(), b"ab1".isalnum(), b" \t".isspace(), b"ABC".isupper(), b"abc".islower())
print(b"a=b=c".partition(b"="), b"a=b=c".rpartition(b"="), b"abc".partition(b"x"))
print(b"ab".center(6, b"*"), b"ab".ljust(4), b"ab".rjust(4, b"0"), b"42".zfill(5), b"-42".zfill(5))
print(b"line1\nline2\r\nline3".splitlines(), b"a\nb\n".splitlines(True))
print(b"prefix-body".removeprefix(b"prefix-"), b"body.txt".removesuffix(b".txt"))
print(b"\xde\xad\xbe\xef".hex(), b"\x01\x02\x03".hex("-"), b"".hex())
print(bytes.fromhex("deadbeef"), bytes.fromhex("00 ff 10"), bytearray.fromhex("4142"))
try:
    b"abc".index(b"z")
except ValueError as e:
    print("ValueError:", e)
try:
    b"abc".find("a")
except TypeError as e:
    print("TypeError:", e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)
