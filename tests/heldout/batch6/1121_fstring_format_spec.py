import decimal

name, pi, n = "Ada", 3.14159265, 1234567.891
print(f"{name!r} {name!s} {name:>8}| {name:<8}| {name:^9}| {name:*^9}")
print(f"{pi:.2f} {pi:10.4f}| {pi:<10.1f}| {pi:+.3e} {pi:%} {pi:.0%}")
print(f"{n:,} {n:_.2f} {n:,.1f} {int(n):,d} {int(n):_x}")
print(f"{255:b} {255:o} {255:x} {255:X} {255:#x} {255:#o} {255:#b} {255:08b}")
print(f"{-42:5d}|{42:<5d}|{42:^6d}|{42:+d}|{42: d}|{-42:=+7d}|{42:07d}")
print(f"{0.000012345:g} {123456789.0:g} {1e20:g} {100.0:g} {0.5:.3g} {12345.678:.3g}")
print(f"{1/3:.10f} {2/3:.1f} {2.5:.0f} {3.5:.0f} {-0.0:.1f}")
width, prec = 12, 3
print(f"[{pi:{width}.{prec}f}] [{name:{'>'}{width}}]")
d = {"k": [1, 2, 3]}
print(f"{d['k'][1]} {d!r} {len(d['k']) * 2} {'nested ' + f'{1 + 1}'}")
x = 10
print(f"{x=} {x * 2 = } {name=!s} {pi=:.2f}")
print(f"{{literal braces}} {x}%")
print(f"{3+4j} {complex(1.5, -2):.2f} {True} {None} {[1, 'a']}")
print(f"{'multi' 'part'} {'tab':\t>5}|")
print(format(1234.5, ",.2f"), format("hi", "~>5"), format(12, "x"), format(0.25, ".1%"))
print("{0} {1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2), "{:>{}}".format("r", 4))
print("{0[1]} {p.real} {m[key]}".format([7, 8], p=3 + 0j, m={"key": "val"}))
print("{!r:>10}".format("q"), "{:.3}".format("truncate"), "{:10.3}|".format("abcdef"))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        value = self.cents / 100
        if spec == "short":
            return f"${value:.0f}"
        return f"${value:{spec or '.2f'}}"


m = Money(123456)
print(f"{m} {m:short} {m:,.2f}")
print(f"{decimal.Decimal('1.10'):.3f} {decimal.Decimal('2.675'):.2f}")
print(f"{'é':^5}| {'ab':2}| {123:2}| {'x' * 3:>{2 + 2}}")
print(f"{float('inf'):.2f} {float('nan'):f} {-float('inf'):e} {1e-7:f}")
print(f"{12345678901234567890:,} {-1234:_} {2**64:e}")
try:
    f"{'abc':d}"
except ValueError as e:
    print("ValueError:", e)
try:
    format(3.5, "q")
except ValueError as e:
    print("ValueError:", e)
