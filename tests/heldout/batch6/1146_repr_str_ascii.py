class Plain:
    pass


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


class OnlyStr:
    def __str__(self):
        return "only-str"


class Both:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Both({self.v!r})"

    def __str__(self):
        return f"<{self.v}>"


print(str(OnlyRepr()), repr(OnlyRepr()), str(OnlyStr()))
print(repr(OnlyStr()).startswith("<__main__.OnlyStr object at "))
b = Both("x")
print(b, repr(b), str(b), [b], (b,), {"k": b}, f"{b} {b!r} {b!s}")
print("%s %r" % (b, b), "{} {!r}".format(b, b))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\tnewline\n"), repr("\\"))
print(repr("é"), ascii("é"), ascii("日本"), ascii("emoji😀"), ascii(["ü", 1]), repr("\x00\x7f"))
print(str(1.0), repr(1.0), str(1e-5), str(None), repr(None), str(True), repr(b"bytes\x01"))
print(repr([1, "1", 1.0, b"1", None]), repr((1,)), repr(set()), repr({}), repr(frozenset()))
print(str("plain"), repr(repr("x")), eval(repr("q'\"")) == "q'\"")
print(repr(range(3)), repr(range(1, 10, 2)), repr(slice(1, 2)), repr(Ellipsis), repr(NotImplemented))
print(repr(int), repr(str), repr(ValueError), repr(ValueError("m")), repr(KeyError("k")))
print(repr(Plain).endswith(".Plain'>"), Plain.__name__, repr(Plain()).startswith("<__main__.Plain object"))


class Node:
    def __init__(self, val, children=()):
        self.val = val
        self.children = list(children)

    def __repr__(self):
        if self.children:
            return f"Node({self.val!r}, {self.children!r})"
        return f"Node({self.val!r})"


print(Node(1, [Node(2), Node("three", [Node(4.0)])]))
lst = [1, 2]
lst.append(lst)
print(lst)
d = {"a": 1}
d["self"] = d
print(d)
print(str(b"abc"), str(bytearray(b"x")), format(b, ""), "{:>6}".format(str(b)))
print(repr(-0.0), repr(float("inf")), repr(2 ** 70), repr(1_000), repr(0o17), repr(0xff))
print(repr("\u00e9\u0301"), len("\u00e9\u0301"), repr("\r"), repr("\x1b[0m"))
