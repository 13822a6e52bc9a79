import struct
tests = [
    lambda: struct.pack("<b", 200),
    lambda: struct.pack("<B", -1),
    lambda: struct.unpack("<i", b"\x00\x00"),
    lambda: struct.pack("<i", "x"),
    lambda: struct.pack("<ii", 1),
    lambda: struct.calcsize("<y"),
]
for t in tests:
    try:
        print(t())
    except struct.error as e:
        print("struct.error", e)
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(struct.error, Exception))
