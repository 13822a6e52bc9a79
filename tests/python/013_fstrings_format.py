# f-strings, format specs, str.format.
name = "Pyrite"
n = 42
pi = 3.14159265
print(f"hello {name}, n={n}, n+1={n + 1}, {name!r}")
print(f"[{n:5}] [{n:<5}] [{n:^5}] [{n:05}] [{n:+}] [{-n:x}] [{n:#b}]")
print(f"{pi:.2f} {pi:.0f} {pi:10.4f}| {pi:e} {pi:.3g} {1234567.891:,.2f} {0.25:.1%}")
print(f"[{name:>10}] [{name:<10}] [{name:^10}] [{name:*^11}] [{name:.3}]")
print(f"{{literal}} {'nested'} {[1, 2][1]} {len(name)}")
print("{} and {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{k}={v}".format(k="key", v=1))
print("{:>6.2f}|{:<4}|{!r}".format(2.5, "ab", "q"))
print(f"{0.5:.0f} {1.5:.0f} {2.5:.0f} {0.125:.2f} {1e-7:.3e} {123.0:g} {1e20:g}")
amounts = [5, 120.5, 1000]
for a in amounts:
    print(f"{'item':<6}{a:>10.2f}")
