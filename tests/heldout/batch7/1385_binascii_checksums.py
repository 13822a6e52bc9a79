import binascii

data = b"The quick brown fox"
print(binascii.hexlify(data), binascii.hexlify(data, "-", 4), binascii.b2a_hex(b"\x00\xff"))
print(binascii.unhexlify("48656c6c6f"), binascii.a2b_hex(b"DEADBEEF"))
print(binascii.crc32(data), hex(binascii.crc32(data)), binascii.crc32(b""), binascii.crc32(b"a"))
crc = 0
for chunk in (b"The quick ", b"brown ", b"fox"):
    crc = binascii.crc32(chunk, crc)
print(crc == binascii.crc32(data))
b64 = binascii.b2a_base64(data)
print(b64, binascii.a2b_base64(b64), binascii.b2a_base64(b"ab", newline=False))
print(binascii.crc_hqx(data, 0), binascii.crc_hqx(b"123456789", 0xFFFF))
for bad in ["abc", "zz"]:
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print("binascii.Error:", e)
try:
    binascii.a2b_base64(b"abc")
except binascii.Error as e:
    print("binascii.Error:", e)
print(issubclass(binascii.Error, ValueError))


def frame(payload):
    return payload + binascii.crc32(payload).to_bytes(4, "big")


def check(framed):
    payload, tail = framed[:-4], framed[-4:]
    return binascii.crc32(payload) == int.from_bytes(tail, "big")


f = frame(b"hello")
print(f.hex(), check(f), check(b"jello" + f[-4:]))
print(binascii.b2a_qp(b"caf\xe9 = ok"), binascii.a2b_qp(b"caf=E9"))
