# f-strings
name = "Ada"
age = 36
pi = 3.14159265
print(f"{name} is {age}")
print(f"{name!r} {name!s} {name!a}")
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}| {pi:^10.2f}|")
print(f"{age:05d} {age:+d} {-age:+d} {age: d}")
print(f"{255:x} {255:X} {255:#x} {255:o} {255:#o} {255:b} {255:#b}")
print(f"{1234567:,} {1234567:_} {1234567.891:,.2f}")
print(f"{0.25:%} {0.25:.1%} {12345.678:e} {12345.678:.2E} {0.0001:g} {1e10:g}")
print(f"{name:*^11} {name:>6} {name:<6}|")
width, prec = 12, 3
print(f"{pi:{width}.{prec}f}|")
print(f"{age=} {pi=:.1f} {name = }")
print(f"{'nested'} {'{'}{{literal}}")
items = [1, 2, 3]
print(f"{len(items)} items, sum {sum(items)}, {items[0] * 10}")
d = {"k": "v"}
print(f"{d['k']} {[x * 2 for x in items]}")
print(f"{3 if age > 18 else 4}", f"{(lambda x: x + 1)(2)}")
print(f"""multi
{name}""")
print(f"{-0.0:.1f} {float('inf'):f} {float('nan'):.2f}")
print(f"{42!r:>5}|{'x'!r:>5}|")
