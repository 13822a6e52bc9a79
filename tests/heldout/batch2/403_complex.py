z = 3 + 4j
w = complex(1, -2)
print(z, w, z.real, z.imag, abs(z))
print(z + w, z - w, z * w, z / (1 + 1j))
print(z.conjugate(), z == complex(3, 4), complex("1+2j"))
print(1j * 1j, (1j) ** 2, type(1j).__name__)
print(f"{z.real:.1f}{z.imag:+.1f}j")
try:
    print(z < w)
except TypeError as e:
    print(type(e).__name__, e)
