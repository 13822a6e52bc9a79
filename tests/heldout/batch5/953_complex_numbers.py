# complex numbers
z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate())
w = complex(1, -2)
print(w, z + w, z - w, z * w, z / w)
print(complex("1+2j"), complex("-3.5j"), complex(2), complex())
print(z == complex(3, 4), 1j * 1j, (1j) ** 2)
print(repr(complex(0, 0)), repr(-0j), repr(complex(1.5, 0)))
print(z ** 2, pow(z, 0), 2 * z)
print(type(z).__name__, isinstance(z, complex))
try:
    z < w
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex("1+2k")
except ValueError as e:
    print(type(e).__name__, e)
try:
    z / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(f"{z:.2f}", format(w, ""), "{:>12}".format(str(z)))
print(hash(3 + 0j) == hash(3), complex(3, 0) == 3)
print(sum([1j, 2, 3 + 1j]))
