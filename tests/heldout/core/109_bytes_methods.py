b = b"Hello, World"
print(b.lower(), b.swapcase(), b.title(), b.startswith(b"Hell"), b.endswith(b"d"))
print(b.split(b", "), b",".join([b"a", b"b"]), b.partition(b","))
print(b.count(b"l"), b.index(b"W"), b.rstrip(b"d"), b.center(16, b"*"))
print(b.isalpha(), b"123".isdigit(), b"abc".isalnum(), b" ".isspace())
print(b[0:1] * 3, b[-1], b[::-1], list(b[:3]))
print(len(bytes.maketrans(b"lo", b"01")), b.translate(bytes.maketrans(b"lo", b"01")))
print(b"%d-%s" % (5, b"x"), b"abc" < b"abd", b"a" == "a")
print(memoryview(b"abc")[1], bytes(memoryview(b"xyz")[1:]))
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__, e)
print(int.from_bytes(b"\xff\xfe", "little", signed=True), (-2).to_bytes(2, "big", signed=True))
