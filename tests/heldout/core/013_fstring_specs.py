x = 3.14159
n = 1234567
print(f"{x:.2f}|{x:10.3f}|{x:<10.1f}|{x:^10.2f}|{x:+.1f}")
print(f"{n:,}|{n:_}|{n:>12,}|{n:012d}")
print(f"{255:x}|{255:X}|{255:#x}|{255:o}|{255:#o}|{255:b}|{255:#010b}")
print(f"{0.25:%}|{0.25:.1%}|{12345.678:e}|{12345.678:.2E}|{0.0001234:g}")
print(f"{'hi':*^8}|{'hi':>5}|{'hi':<5}|")
print(f"{-5:5d}|{5:+d}|{5: d}|{-5:=6d}")
name = "World"
print(f"Hello, {name!r}! {name!s} {name.upper()}")
print(f"{x=}, {n = }")
w, p = 10, 3
print(f"{x:{w}.{p}f}|")
print(f"{{literal}} {1 + 2}")
print(f"{'nested ' + f'{n:,}'}")
print(f"{3.0:g}|{1e20:g}|{1.5:n}")
