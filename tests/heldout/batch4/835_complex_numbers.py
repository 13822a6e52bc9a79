# complex numbers
z = 3 + 4j
w = complex(1, -2)
print(z, w, z.real, z.imag, abs(z), z.conjugate())
print(z + w, z - w, z * w, z / w, z ** 2, -z)
print(complex('1+2j'), complex('-3.5j'), complex(2), complex(' 4-1j '), 1j * 1j)
print(z == complex(3, 4), z != w, type(z).__name__, (2j).imag)
import cmath
print(cmath.sqrt(-1), cmath.phase(-1), round(cmath.polar(z)[0], 6), cmath.rect(1, 0))
print(cmath.exp(0j), cmath.isclose(cmath.exp(1j * cmath.pi), -1, abs_tol=1e-12))
print(repr(complex(0, 0)), repr(complex(-0.0, -0.0)), repr(1 + 0j), repr(complex(1.5, float('inf'))))
print(format(z, '.2f'), f'{w:+.1f}', format(complex(1, 1), ''))
try:
    z < w
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex('1+')
except ValueError as e:
    print(type(e).__name__, e)
try:
    z / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(pow(1j, 2), (1 + 1j) ** 0, sum([1j, 2, 3.5]), hash(complex(3, 0)) == hash(3))
print(z.__class__ is complex, bool(0j), bool(1j), complex(True, False))
