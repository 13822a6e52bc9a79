# cmath: the elementary functions on ordinary complex, float and int arguments (reprs as CPython's).
import cmath

vals = [1 + 1j, -2 + 0.5j, 0.3 - 0.7j, 3, -4.5, 2j, 1e-5 + 1e-5j, 12 - 25j]
for name in ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "sinh", "cosh", "tanh", "atan", "atanh"]:
    f = getattr(cmath, name)
    print(name, [f(v) for v in vals])
for name in ["asin", "acos", "asinh", "acosh"]:
    f = getattr(cmath, name)
    print(name, [f(v) for v in [0.5, 2, 1j, -1 + 1j, 0.25 - 0.5j]])
print(cmath.phase(-1), cmath.phase(-1 - 0j), cmath.phase(1j), cmath.phase(complex(-0.0, -0.0)))
print(cmath.polar(3 + 4j), cmath.polar(-2), cmath.polar(1j))
print(cmath.rect(2, cmath.pi / 3), cmath.rect(1, 0), cmath.rect(-1, -0.0), cmath.rect(3, 2.5))
print(cmath.log(8, 2), cmath.log(100, 10), cmath.log(1j, 1 + 1j), cmath.log(-1, 2j))
print(cmath.sqrt(-1), cmath.sqrt(-4 - 0j), cmath.sqrt(complex(-0.0, 0.0)), cmath.sqrt(1e-310 + 1e-310j))
print(cmath.exp(1j * cmath.pi), cmath.exp(709.5 + 0.5j), cmath.cosh(-709.9 + 1j), cmath.sinh(709.9 - 2j))
print(cmath.log(1e308 + 1e308j), cmath.atanh(1 + 1e-170j), cmath.acos(1e200 - 1e200j))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
z = cmath.rect(*cmath.polar(2 - 3j))
print(z, cmath.isclose(z, 2 - 3j), cmath.isclose(1 + 1j, 1 + 1.001j, rel_tol=1e-2))
print(cmath.isclose(1, 1.0000000001), cmath.isclose(0, 1e-12), cmath.isclose(0, 1e-12, abs_tol=1e-9))
# complex __format__ (f-strings of cmath results)
z = cmath.sqrt(-2 + 3j)
print(f"{z:.3f} {z:.2e} {z:g} {z:+.1f} {z:>30} {z:*^24.2f} {z:.3} {z:,.2f}", format(2j, ".2f"), format(-0.0 - 2j, ""))
r, phi = cmath.polar(1 + 1j)
print(f"r={r:.4f} phi={phi:.4f} {cmath.exp(1j * cmath.pi):.2f}", "{:E}".format(1e20 + 1e-20j), format(1.0, "#.0f"))
for spec in ["%", "d", "010", "=20"]:
    try:
        format(1 + 2j, spec)
    except ValueError as e:
        print(e)
