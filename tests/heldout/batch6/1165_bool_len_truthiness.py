class Empty:
    pass


class WithLen:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class WithBool:
    def __init__(self, b):
        self.b = b

    def __bool__(self):
        print("  __bool__ called")
        return self.b

    def __len__(self):
        print("  __len__ called")
        return 1


print(bool(Empty()), bool(WithLen(0)), bool(WithLen(3)), bool(WithBool(False)))
for v in [0, 0.0, 0j, "", b"", [], (), {}, set(), range(0), None, False, "0", [0], (None,), -1, 0.1]:
    print(repr(v), bool(v), "truthy" if v else "falsy")
print(not WithLen(0), not WithLen(2))
print(WithLen(0) or "default", WithLen(2) and "second", [] or {} or "last", 0 and 1)
print(1 and 2 and 3, 1 and 0 and 3, None or 0 or "" or [], "" or "x")
x = None
name = x or "anonymous"
print(name)


def check(val):
    if val:
        return "yes"
    return "no"


print(check(WithBool(True)))
if WithLen(1) and WithLen(0):
    print("both")
else:
    print("second is empty")
print(all([WithLen(1), [1], "s"]), any([WithLen(0), (), 0]))
while (w := WithLen(0)):
    print("never")
print("loop skipped")


class BadBool:
    def __bool__(self):
        return 1


class BadLen:
    def __len__(self):
        return -1


try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
try:
    bool(BadLen())
except ValueError as e:
    print("ValueError:", e)
print(len(WithLen(7)), bool.__name__, int(True), isinstance(True, int), True == 1, True + 0 == 1)
print("comparing truthiness of a custom length object with bool():")
result = WithLen(-5)
if result:
    print("unreachable")
