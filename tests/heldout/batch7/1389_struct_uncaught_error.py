import struct

HEADER = struct.Struct(">2sBH")


def encode(kind, version, length):
    return HEADER.pack(kind, version, length)


def decode(blob):
    return HEADER.unpack(blob[:HEADER.size])


good = encode(b"MS", 1, 512)
print(good, HEADER.size, decode(good))
for args in [(b"OK", 255, 65535), (b"XY", 0, 0)]:
    print(args, encode(*args).hex())
try:
    decode(b"MS")
except struct.error:
    print("short header rejected")
print("encoding version 256 ...")
encode(b"MS", 256, 1)
print("unreachable")
