# str subclasses: methods return str, operators, dict keys, formatting,
# joining, overriding __str__ / __repr__ and adding operators.
class S(str):
    def shout(self):
        return self.upper() + "!"


s = S("hi")
print(s, repr(s), s.shout(), s + "x", "x" + s, len(s), s == "hi", "hi" == s, {s: 1}["hi"], {"hi": 2}[s])
print(f"{s:>5}|{s!r}|{s}", "-".join([s, s]), s * 2, s[0], s[::-1], "h" in s, s in "this", type(s.upper()).__name__)
print("%s %r %5s" % (s, s, s), "{} {!r}".format(s, s), str(s), type(str(s)).__name__, sorted([S("b"), S("a")]))
print(isinstance(s, str), s.split("i"), s.startswith("h"), s.encode(), hash(s) == hash("hi"), s < "z", list(s))


class Path(str):
    def __truediv__(self, other):
        return Path(self + "/" + other)


p = Path("a") / "b" / "c"
print(p, type(p).__name__, p.split("/"), p.startswith("a"), len(p))


class Tag(str):
    def __new__(cls, name, level=1):
        obj = super().__new__(cls, name.lower())
        obj.level = level
        return obj

    def __repr__(self):
        return f"Tag({str.__repr__(self)}, {self.level})"

    def __str__(self):
        return "#" + self


t = Tag("Python", 3)
print(t, repr(t), [t], t.level, t == "python", t.upper(), f"{t}", "%s" % t)
d = {t: "lang"}
print(d["python"], "python" in d, t in {"python"})
try:
    S("a") + 1
except TypeError as e:
    print(e)
try:
    1 + S("a")
except TypeError as e:
    print(e)
print(S(), S(5), S(b"x", "ascii"), bool(S("")), bool(S("a")))
