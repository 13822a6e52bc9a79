class Money:
    def __init__(self, amount, currency="EUR"):
        self.amount = amount
        self.currency = currency

    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"

    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"

    def __format__(self, spec):
        if spec == "short":
            return f"{self.amount:g}{self.currency[0]}"
        return format(str(self), spec)


class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"


m = Money(12.5)
print(m, repr(m), str(m), [m], (m,), {"k": m})
print(f"{m}", f"{m!r}", f"{m:short}", f"[{m:>15}]", "{}".format(m), "%s / %r" % (m, m))
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
vals = ["text", 'it\'s', "tab\there", "new\nline", "quote\"d", "back\\slash", "", "é", "日本", "\x00", "\x7f"]
for v in vals:
    print(repr(v), ascii(v), str(v) == v)
print(repr(1.0), repr(1e100), repr(-0.0), repr(None), repr(True), repr(...), repr(NotImplemented))
print(repr([1, "a", None]), repr((1,)), repr(()), repr({}), repr(set()), repr({1: {2: [3]}}))
print(repr(b"bytes\x00\xff"), repr(bytearray(b"ab")), repr(range(1, 10, 2)), repr(slice(1, None)))
print(str(b"abc"), str(3 + 0j), str([1.5, "x"]), ascii(["ü", b"\xfc"]), ascii("plain"))
print(repr(int), repr(len), repr(ValueError("bad")), str(ValueError("bad")), str(KeyError("k")), repr(KeyError("k")))
print(str(ValueError()), repr(ValueError()), str(Exception("a", 2)), repr(type(None)))
lst = [1, 2]
lst.append(lst)
print(lst)
d = {"self": None}
d["self"] = d
print(d)
print(eval(repr("a'b\"c")) == "a'b\"c", eval(repr([1.5, "x", None])) == [1.5, "x", None])
