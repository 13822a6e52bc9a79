s = "  the quick  brown fox  "
print(s.split())
print(s.split(" "))
print("a,b,,c".split(","))
print("a,b,c,d".split(",", 2))
print("a,b,c,d".rsplit(",", 1))
print("line1\nline2\r\nline3\n".splitlines())
print("line1\nline2\n".splitlines(keepends=True))
print("-".join(["x", "y", "z"]))
print("".join(reversed("hello")))
print(", ".join(str(i) for i in range(5)))
print("a b c".split(maxsplit=1))
try:
    "".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
