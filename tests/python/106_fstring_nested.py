# f-strings: conversions, nested format specs, self-documenting `=`,
# expressions with quotes, and __format__ on a class.
x, w, p = 3.14159, 10, 2
name = "Zoë"
print(f"{x:{w}.{p}f}|{x:<{w}}|{name!r}|{name!s}|{name!a}|{name!r:>8}")
print(f"{x=}, {w = }, {name=!s}, {x=:.1f}")
print(f"{'a' + 'b'}|{[1, 2]!r}|{ {'k': 1}['k'] }|{(lambda v: v * 2)(4)}")
print(f"{'nested ' f'{w}'}", f"{w:{'>'}{w}}", f"{{}} {{{w}}}")
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return "$" + format(self.v, spec or ".2f")
    def __repr__(self):
        return "Money(%r)" % self.v
m = Money(3.5)
print(f"{m}|{m:.0f}|{m!r}|{format(m, '08.3f')}", "{:.1f}".format(m))
items = [("apple", 1.5), ("kiwi", 0.25)]
for n, price in items:
    print(f"{n:<8}{price:>6.2f}")
print(f"{3 > 2}|{None}|{-0.0}|{1e16}|{2**70}")
