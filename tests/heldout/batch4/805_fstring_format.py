# f-strings and format specs
x = 3.14159265
n = 42
name = "Ada"
print(f"{x:.2f}|{x:10.3f}|{x:<10.1f}|{x:^10.2f}|{x:+.1e}")
print(f"{n:5d}|{n:<5d}|{n:^5d}|{n:05d}|{n:+d}|{-n: d}")
print(f"{n:x}|{n:X}|{n:o}|{n:b}|{n:#x}|{n:#o}|{n:#b}")
print(f"{1234567.891:,.2f}|{1234567:_d}|{0.25:%}|{0.25:.1%}")
print(f"{name!r}|{name!s}|{name:>8}|{name:*^9}|{name:.2}")
print(f"{n=}, {x=:.3f}, {name = }")
print(f"{'nested':{'>'}{12}}")
w, p = 10, 3
print(f"[{x:{w}.{p}f}]")
print(f"{{literal}} {n * 2} {[i for i in range(3)]} {dict(a=1)['a']}")
print(f"{1e-10:g}|{1e10:g}|{123.456:g}|{0.0001234:.2g}|{1234567.0:e}")
print(f"{'a' + 'b'!r:>6}")
print("{} {} {}".format(1, 'two', 3.0))
print("{0} {1} {0}".format('a', 'b'))
print("{name} is {age}".format(name='Bob', age=30))
print("{0[1]} {1[k]} {2.real}".format([1, 2], {'k': 'v'}, 5))
print("{:>{width}}".format('r', width=4))
print(format(3.5, '08.3f'), format(-3.5, '=+8.2f'), format('s', '<3') + '|')
print(f"{True:d} {False!s} {None!r}")
print(f"{-0.0:.1f} {float('inf'):f} {float('nan'):f}")
import datetime
d = datetime.date(2024, 3, 5)
print(f"{d:%Y/%m/%d} {d.isoformat()}")
