n = 255
print(n.bit_length(), (0).bit_length(), (-8).bit_length())
print(n.to_bytes(2, "big"), int.from_bytes(b"\x00\xff", "big"))
print((10).numerator, (10).denominator, (7).real, (7).imag, (7).conjugate())
print(int.__name__, (5).__add__(3), (5).__radd__(3), (5).__sub__(3), (5).__rsub__(3))
print((3).__truediv__(2), (-7).__floordiv__(2), (2).__pow__(10))
print((12).as_integer_ratio(), int("  10  "), (-5).__abs__())
print(True.__add__(1), (1).__eq__(1.0), (1).__eq__("1"))
print(int.__add__(2, 3), max.__name__)
