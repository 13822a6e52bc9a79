import cmath

z = 3 + 4j
w = complex(1, -2)
print(z, w, z.real, z.imag, abs(z), z.conjugate())
print(z + w, z - w, z * w, z / w, z ** 2, -z, z * 1j)
print(complex("1+2j"), complex("-3.5j"), complex(" 2 "), complex(2), complex(0, 0), 1j * 1j)
print(z == 3 + 4j, z == complex(3, 4), (1 + 0j) == 1, 2j != 2, hash(2 + 0j) == hash(2))
print(type(z).__name__, isinstance(z, complex), type(1j ** 2).__name__, (1j) ** 2)
print(cmath.sqrt(-1), cmath.sqrt(-4), cmath.phase(-1), cmath.polar(1j))
r, phi = cmath.polar(z)
print(round(r, 10), round(phi, 6))
back = cmath.rect(r, phi)
print(round(back.real, 10), round(back.imag, 10))
print(cmath.exp(0), abs(cmath.exp(1j * cmath.pi) + 1) < 1e-15)
print(repr(complex(1.5, 0)), repr(complex(-0.0, -1)), repr(0j), repr(complex(1e20, 1e-5)))
print(format(z, ".2f"), f"{w:>12}", f"{1.23456 + 2j:.3g}")
try:
    z < w
except TypeError as e:
    print("TypeError:", e)
try:
    complex("1 + 2j")
except ValueError as e:
    print("ValueError:", e)
try:
    z / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(sum([1 + 1j, 2, 3.5j]), pow(1 + 1j, 3), (2 + 0j) ** 0.5)
print(complex(3, 4).__abs__(), abs(complex(float("inf"), 1)), cmath.isfinite(1 + 1j))
roots = [(-2 + cmath.sqrt(4 - 4 * 1 * 5)) / 2, (-2 - cmath.sqrt(4 - 20)) / 2]
print(roots)
print([round(abs(x), 6) for x in roots])
