# Complex arithmetic in practice: quadratic roots and powers of i.
def roots(a, b, c):
    d = b * b - 4 * a * c
    sq = d ** 0.5
    return ((-b + sq) / (2 * a), (-b - sq) / (2 * a))
print(roots(1, -3, 2), roots(1, 2, 5), roots(1, 0, 1))
i = 1j
print([i ** k for k in range(5)], i * i == -1, (1 + 1j) ** 2, (1 - 1j) / (1 + 1j))
z = complex(3, -4)
print(abs(z), z * z.conjugate(), (z * z.conjugate()).real ** 0.5, z.real ** 2 + z.imag ** 2)
total = sum([complex(k, -k) for k in range(4)], 0j)
print(total, total == complex(6, -6), -total, +total, 2 - total, 1.5 * total)
print(complex(1e308, 1e308) * 10, repr(complex(float("nan"), 1)), complex(float("inf"), 0))
print(pow(2j, 2), pow(1 + 2j, -1), (2 + 0j) ** 0.5, 4 ** 0.5j)
