class Money:
    def __init__(self, cents):
        self.cents = cents
    @classmethod
    def of(cls, s):
        d, _, c = s.partition(".")
        return cls(int(d) * 100 + int(c.ljust(2, "0")))
    def __add__(self, o):
        if isinstance(o, int):
            return Money(self.cents + o)
        if not isinstance(o, Money):
            return NotImplemented
        return Money(self.cents + o.cents)
    __radd__ = __add__
    def __lt__(self, o):
        return self.cents < o.cents
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __format__(self, spec):
        return format(str(self), spec)
items = [Money.of("3.5"), Money.of("10.05"), Money.of("0.99")]
print(sum(items), str(max(items)), str(min(items)))
print(f"[{items[0]:>8}] [{items[1]:<8}]")
try:
    Money(1) + "x"
except TypeError as e:
    print(type(e).__name__, e)
