# struct errors (caught)
import struct
cases = [
    lambda: struct.pack("<B", 256),
    lambda: struct.pack("<b", -129),
    lambda: struct.pack("<h", 40000),
    lambda: struct.pack("<I", -1),
    lambda: struct.pack("<i", "x"),
    lambda: struct.pack("<ii", 1),
    lambda: struct.pack("<i", 1, 2),
    lambda: struct.unpack("<i", b"\x00\x00"),
    lambda: struct.unpack("<h", b"\x00\x00\x00"),
    lambda: struct.calcsize("<y"),
    lambda: struct.pack("<c", b"ab"),
    lambda: struct.pack("<s", "text"),
    lambda: struct.pack("<f", "1.0"),
    lambda: struct.pack("<e", 1e10),
    lambda: struct.unpack("<i", "abcd"),
]
for i, case in enumerate(cases):
    try:
        r = case()
        print(i, "ok", r)
    except struct.error as e:
        print(i, "struct.error", e)
    except (TypeError, OverflowError) as e:
        print(i, type(e).__name__, e)
print(issubclass(struct.error, Exception), struct.error.__name__)
print(struct.pack("<?", "nonempty"), struct.pack("<i", True), struct.pack("<d", 3))
