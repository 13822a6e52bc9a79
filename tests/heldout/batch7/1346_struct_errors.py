import struct

cases = [
    ("pack too few", lambda: struct.pack("<ii", 1)),
    ("pack too many", lambda: struct.pack("<i", 1, 2)),
    ("unpack wrong size", lambda: struct.unpack("<i", b"\x00\x00")),
    ("byte out of range", lambda: struct.pack("<B", 256)),
    ("signed byte out of range", lambda: struct.pack("<b", -129)),
    ("ushort negative", lambda: struct.pack("<H", -1)),
    ("bad format", lambda: struct.pack("<y", 1)),
    ("float for int", lambda: struct.pack("<i", 1.5)),
    ("str for s", lambda: struct.pack("<3s", "abc")),
    ("int for s", lambda: struct.pack("<3s", 5)),
]
for label, fn in cases:
    try:
        result = fn()
        print(label, "->", result)
    except struct.error:
        print(label, "-> struct.error")
    except TypeError:
        print(label, "-> TypeError")
print(issubclass(struct.error, Exception), struct.error.__name__)
try:
    struct.unpack(">I", b"abc")
except struct.error as e:
    print("message:", e)
try:
    struct.pack(">i", 1, 2)
except struct.error as e:
    print("message:", e)
print(struct.pack("<?", 5), struct.pack("<?", ""), struct.pack("<d", 3))
print(struct.pack("<I", 2 ** 32 - 1), struct.pack("<i", -2 ** 31))


def safe_unpack(fmt, data):
    need = struct.calcsize(fmt)
    if len(data) < need:
        return None, f"need {need} bytes, got {len(data)}"
    return struct.unpack(fmt, data[:need]), "ok"


print(safe_unpack("<HH", b"\x01\x00\x02\x00\x03"), safe_unpack("<Q", b"short"))
