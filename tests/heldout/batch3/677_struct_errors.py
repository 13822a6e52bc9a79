import struct
tests = [
    lambda: struct.pack("<B", 256),
    lambda: struct.pack("<b", -129),
    lambda: struct.pack("<I", -1),
    lambda: struct.pack("<H", 1, 2),
    lambda: struct.unpack("<I", b"\x00\x00"),
    lambda: struct.pack("<i", "x"),
    lambda: struct.calcsize("<Z"),
]
for t in tests:
    try:
        print(t())
    except struct.error as e:
        print("struct.error:", e)
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(struct.error, Exception))
