# bytes/bytearray maketrans and translate; traceback.format_exception_only with __notes__
t = bytes.maketrans(b"abc", b"xyz")
print(type(t).__name__, len(t), t[97:100], t[:3])
print(b"aabbcc-dd".translate(t), b"aabbcc".translate(None, b"b"), b"abc".translate(t, delete=b"a"))
ba = bytearray(b"hello")
r = ba.translate(bytearray.maketrans(b"lo", b"01"))
print(type(r).__name__, r, ba, type(bytearray.maketrans(b"", b"")).__name__)
print(b"x".maketrans(b"x", b"y")[120], bytes.maketrans(bytearray(b"a"), b"b")[97])
rot13 = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                        b"NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
print(b"Hello, World!".translate(rot13), b"Hello, World!".translate(rot13).translate(rot13))
for bad in [lambda: bytes.maketrans(b"ab", b"c"), lambda: b"a".translate(b"short"), lambda: bytes.maketrans("a", "b"),
            lambda: bytes.maketrans(b"a"), lambda: b"a".translate(t, "x")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

import traceback
try:
    raise TypeError("t")
except TypeError as e:
    print(traceback.format_exception_only(e))
    e.add_note("one")
    e.add_note("two\nlines")
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e)[1:])
    print(traceback.format_exception(e)[-3:])
    e.__notes__ = "abc"
    print(traceback.format_exception_only(e))
    e.__notes__ = 42
    print(traceback.format_exception_only(e))
class MyErr(Exception):
    pass
try:
    try:
        raise MyErr("inner")
    except MyErr as e:
        e.add_note("context")
        raise
except MyErr as e:
    print(e.__notes__, traceback.format_exception_only(e))
