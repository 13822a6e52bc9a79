z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate())
w = complex(1, -2)
print(z + w, z * w, z - w, z / 2)
print((1j) ** 2, complex("2+3j"), 2j * 2j)
print(z == complex(3, 4), type(z).__name__)
import cmath
r, phi = cmath.polar(1j)
print(round(r, 6), round(phi, 6))
print(cmath.sqrt(-4))
try:
    z < w
except TypeError as e:
    print(type(e).__name__, e)
