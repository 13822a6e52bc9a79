import struct

cases = [
    ("<B", (256,)),
    ("<b", (-129,)),
    ("<H", (-1,)),
    ("<I", (2 ** 32,)),
    ("<h", ("x",)),
    ("<I", (1.5,)),
    ("<ii", (1,)),
    ("<i", (1, 2)),
    ("<c", (b"ab",)),
    ("<c", ("a",)),
    ("<s", ("text",)),
    ("<?", ([],)),
    ("<Z", (1,)),
]
for fmt, args in cases:
    try:
        print(fmt, args, "->", struct.pack(fmt, *args))
    except struct.error as e:
        msg = str(e)
        if "<= number <=" in msg:
            msg = "out of range"
        print(fmt, args, "struct.error:", msg)
    except TypeError as e:
        print(fmt, args, "TypeError")
for fmt, data in [("<I", b"\x00\x01"), ("<H", b"\x00\x01\x02"), ("<3s", b"ab")]:
    try:
        struct.unpack(fmt, data)
    except struct.error as e:
        print("unpack", fmt, data, "struct.error:", e)
print(issubclass(struct.error, Exception), struct.error.__name__)
try:
    struct.calcsize("<q!")
except struct.error as e:
    print("calcsize struct.error:", e)
try:
    struct.pack("<f", 1e40)
except OverflowError as e:
    print("OverflowError:", e)
print(struct.pack("<d", float("inf")), struct.pack("<?", 5), struct.pack("<?", 0))
