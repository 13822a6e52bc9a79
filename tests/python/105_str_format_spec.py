# str.format with the format mini-language.
print("{:<8}|{:>8}|{:^8}|{:*^8}|{:=+8}".format("ab", "ab", "ab", "ab", 5))
print("{:,}|{:_}|{:,.2f}|{:_x}|{:08,}".format(1234567, 1234567, 1234567.891, 0xdeadbeef, 12345))
print("{:b}|{:o}|{:x}|{:X}|{:#b}|{:#o}|{:#X}|{:c}".format(10, 10, 255, 255, 5, 8, 255, 97))
print("{:e}|{:E}|{:.2e}|{:f}|{:F}|{:g}|{:G}|{:%}|{:.1%}".format(1234.5, 1234.5, 0.000123, 1/3, 2.5, 1e20, 1e-20, 0.25, 0.123))
print("{:+}|{:-}|{: }|{:+.1f}|{: .1f}".format(3, -3, 3, 2.25, -2.25))
print("{0}{1}{0}|{a}-{b}|{0[1]}|{1[k]}".format("x", {"k": "v"}, a=1, b=2))
print("{:{w}.{p}f}|{:>{w}}|{:{f}^{w}}".format(3.14159, "r", "c", w=8, p=3, f="#"))
print("{!r:>6}|{!s:<6}|{{}}".format("a", "b"))
print("{:n}|{:d}|{:5}|{:<5}|{:05.1f}".format(1234, -7, True, None is None, -2.5))
print(format(255, "x"), format(3.5), format("s", ">3"), format(1e100, ".3g"), format(123, ""))
class P:
    x = 5
print("{0.x} {p.x}".format(P(), p=P))
try:
    "{:d}".format("a")
except ValueError as e:
    print("ValueError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
