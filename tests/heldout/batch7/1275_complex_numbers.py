z = 3 + 4j
w = complex(1, -2)
print(z, w, z + w, z - w, z * w, z / w)
print(abs(z), z.real, z.imag, z.conjugate(), type(z.real).__name__)
print(z ** 2, (1j) ** 2, 1j * 1j == -1, z == complex(3, 4), complex("2-3j"), complex(" 5j "))
print(complex(2), complex(0, 0), -z, +w, 2 * z, z / 2)
print(repr(complex(-0.0, 1)), complex(1.5, 0), 1 + 0j == 1, hash(1 + 0j) == hash(1))


def roots(a, b, c):
    d = b * b - 4 * a * c
    sq = d ** 0.5 if d >= 0 else complex(0, (-d) ** 0.5)
    return (-b + sq) / (2 * a), (-b - sq) / (2 * a)


for coeffs in [(1, -3, 2), (1, 2, 5), (1, 0, 1)]:
    r1, r2 = roots(*coeffs)
    print(coeffs, r1, r2)

try:
    z < w
except TypeError as e:
    print("TypeError:", e)
try:
    complex("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    z / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", type(e).__name__)
print(f"{z:.2f}", f"{w}", format(1.5 + 2.25j, ".1f"), f"{z!r}")


def mandel(c, limit=50):
    v = 0
    for i in range(limit):
        v = v * v + c
        if abs(v) > 2:
            return i
    return limit


for y in range(-2, 3):
    print("".join("#" if mandel(complex(x / 4, y / 2)) == 50 else "." for x in range(-8, 3)))
print(sum([1j, 2, 3.5]), isinstance(1j, complex), bool(0j), bool(1e-300j))
