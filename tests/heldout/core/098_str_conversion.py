print(str(42), str(-3.5), str(True), str(None), str([1, "a"]), str((1,)), str({"k": [1]}))
print(str(b"bytes"), str(b"caf\xc3\xa9", "utf-8"))
print(repr(str()), str(1 + 2j), str(10 ** 20))
print(list(str(123)), "".join(map(str, [1, 2, 3])))
print(str.__name__, str("x") is not None)
print(ascii("naïve ☃"), repr("naïve ☃"))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e.reason)
print(bool("False"), int("7") + 1, str(7) + "1")
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
