# int methods and conversions
n = 255
print(n.bit_length(), (0).bit_length(), (-255).bit_length())
print(n.to_bytes(2, 'big'), n.to_bytes(2, 'little'))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print(int.from_bytes(b'\xff\xfe', 'big', signed=True))
print((-2).to_bytes(2, 'big', signed=True))
print(hex(n), oct(n), bin(n))
print(int('ff', 16), int('0x1F', 16), int('0o17', 0), int('0b101', 0), int('z', 36))
print(int('  42  '), int('-7'), int('1_000_000'))
print((10).as_integer_ratio(), (7).conjugate(), (5).real, (5).imag)
print(abs(-12), -12 // 5, -12 % 5, 12 // -5, 12 % -5)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5))
print(pow(3, 4), pow(3, 4, 5), pow(2, -1, 7), pow(10, 20, 13))
try:
    int('12a')
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('8', 8)
except ValueError as e:
    print(type(e).__name__, e)
print(int(3.99), int(-3.99), int(True), int('+5'))
print((12345).bit_count() if hasattr(int, 'bit_count') else 'n/a')
print(format(1234567, ','), format(1234567, '_'), format(255, '#x'), format(255, '08b'))
