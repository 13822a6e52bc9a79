# complex numbers: literals, arithmetic, repr, attributes.
z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), type(z).__name__)
print(1j, -1j, 2.5j, 0j, 1e3j, complex(1, 2), complex(), complex(2), complex(-1.5, 0))
print(z + 1, z - 1j, z * 2, z * z, z / 2, z / (1 + 1j), 1 / z)
print(-z, +z, z ** 2, z ** 0, (1 + 1j) ** 3, (2j) ** -1)
print(z == 3 + 4j, z != z.conjugate(), complex(2, 0) == 2, 2.0 == complex(2), 1j == 1)
print((1+2j).real + (1+2j).imag, (5).real, (5).imag, (2.5).imag, (7).conjugate(), True.real)
print(repr(complex(0, -0.0)), repr(complex(-0.0, 1)), complex(1.5, -2.25), complex(1e20, 1e-5))
print(complex("1+2j"), complex(" 3-4j "), complex("2j"), complex("-j"), complex("5"), complex("(1+1j)"))
print(hash(complex(3, 0)) == hash(3), hash(1+2j) == hash(complex(1, 2)), {1j: "i"}[1j])
print(bool(0j), bool(1j), isinstance(1j, complex), (-8) ** (1 / 3))
print(abs(-2j), sum([1j, 2j, 3]), [1, 2j, 3.0])
for bad in [lambda: 1j < 2j, lambda: 1 / 0j, lambda: complex("abc"), lambda: int(1j)]:
    try:
        bad()
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__ + ":", e)
