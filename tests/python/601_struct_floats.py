# struct: half, single and double floats, with specials and rounding.
import struct

vals = [0.0, -0.0, 1.0, -1.5, 0.1, 1 / 3, 65504.0, 65519.99, 6.1e-05, 6e-08, 3e-08, 2.9e-08,
        1e-10, 3.4028235e38, 1e-45, 1.4e-45, 7e-46, 1e308, 5e-324, float('inf'), -float('inf')]
for v in vals:
    for f in ('<e', '>e', '<f', '>f', 'f', '<d', '>d', 'd'):
        try:
            b = struct.pack(f, v)
        except OverflowError as e:
            print(f, v, 'OverflowError', e)
            continue
        print(f, v, b, struct.unpack(f, b))
for f in ('<e', '<f', '<d'):
    b = struct.pack(f, float('nan'))
    print(f, b, struct.unpack(f, b), struct.pack(f, -float('nan')))
print(struct.pack('<e', 1), struct.pack('<f', True), struct.pack('<d', 2 ** 70))
print(struct.unpack('<e', b'\x01\x00'), struct.unpack('<e', b'\xff\x03'), struct.unpack('<e', b'\x00\x04'))
print(struct.unpack('<f', b'\x01\x00\x00\x00'), struct.unpack('<f', b'\x00\x00\x80\xff'))
print(struct.unpack('<e', b'\x01\x7c'), struct.unpack('>f', b'\x7f\xc0\x00\x01'))
# rounding to even at the half-way points
for v in [1 + 2 ** -11, 1 + 3 * 2 ** -11, 1 + 2 ** -24, 1 + 3 * 2 ** -24, 2049.0, 2051.0, 65520.0 - 1e-9]:
    print(v, struct.pack('<e', v), struct.pack('<f', v))
