z = 3 + 4j
print(z, z.real, z.imag)
print(abs(z))
print(z.conjugate())
w = 1 - 2j
print(z + w, z - w, z * w)
print(z / w)
print(z ** 2)
print(complex(1, 2), complex("3+5j"))
print(1j * 1j)
print(complex(0, 0) == 0)
print(2j, -2j, 0j)
print(complex(1.5, -0.5))
try:
    print(z < w)
except TypeError as e:
    print(type(e).__name__, e)
print(type(z).__name__)
