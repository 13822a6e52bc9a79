import struct

HEADER = struct.Struct("<4sHI")


def parse(packet):
    magic, version, length = HEADER.unpack_from(packet)
    body = packet[HEADER.size:HEADER.size + length]
    return magic, version, body


good = HEADER.pack(b"PKT1", 2, 5) + b"hello"
print(HEADER.size, parse(good))
print(parse(HEADER.pack(b"PKT1", 3, 0)))
truncated = good[:6]
print("parsing", len(truncated), "bytes")
parse(truncated)
