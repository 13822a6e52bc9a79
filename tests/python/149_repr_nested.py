# repr of nested containers, strings with quotes and escapes, floats, and
# recursive lists.
print(repr([1, [2, (3, {"a": {4, 5}})], "s"]), repr(((),)), repr({1: [None, True]}))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\tnl\nbs\\"), repr("\x01\x7f\u00e9\u2603"))
print(repr(0.1), repr(1/3), repr(1e16), repr(1.5e-7), repr(123456789012345678.0), repr(-0.0), repr(2.0 ** 60))
print(repr(1e22), repr(1e-5), repr(0.0001), repr(100.0), repr(float("inf")), repr(float("-inf")), repr(float("nan")))
print([0.1 + 0.2, 1.1 * 3], (1.0,), {2.5: "x"}, str([1.0, "a"]), str(("a",)))
a = [1, 2]
a.append(a)
print(a, repr(a))
d = {"k": 1}
d["self"] = d
print(d)
print(repr(set()), repr(frozenset()), repr({}), repr([]), repr(()), repr(frozenset({1})))
print(str(None), repr(None), repr(True), repr(print)[:22], repr(len), repr(int), repr(ValueError))
