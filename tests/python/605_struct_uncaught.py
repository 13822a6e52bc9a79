# struct: an uncaught struct.error prints CPython's traceback.
import struct


def encode(v):
    return struct.pack('<h', v)


print(encode(1000))
print(encode(100000))
