# str.encode / bytes.decode with utf-8, ascii and latin-1.
s = "héllo wörld €"
u = s.encode()
print(u, len(s), len(u))
print(u.decode(), u.decode("utf-8") == s)
print("abc".encode("ascii"), "é".encode("latin-1"), b"\xe9".decode("latin-1"))
print("naïve".encode("ascii", "ignore"), "naïve".encode("ascii", errors="replace"))
print(b"caf\xc3\xa9".decode("utf-8"), b"\xff\xfeA".decode("utf-8", "replace"), b"A\xffB".decode("utf-8", "ignore"))
print("😀".encode("utf-8"), b"\xf0\x9f\x98\x80".decode())
for data in [b"\xff", b"abc\xc3", b"\xc3\x28"]:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
try:
    "café".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
print(isinstance(UnicodeDecodeError("x"), ValueError) if False else issubclass(UnicodeDecodeError, ValueError))
b"\x80abc".decode("ascii")
