# bytes() and bytearray() constructors.
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes(b"copy"))
print(bytes("héllo", "utf-8"), bytes("abc", encoding="ascii"), bytes(x * 2 for x in range(4)))
print(bytearray(), bytearray(2), bytearray(b"abc"), bytearray([1, 2, 255]))
print(bytes(bytearray(b"xy")), bytearray("hi", "utf-8"))
for bad in [[256], [-1], ["a"], 1.5]:
    try:
        bytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    bytes("abc")
except TypeError as e:
    print("TypeError:", e)
try:
    bytes(-1)
except ValueError as e:
    print("ValueError:", e)
print(repr(bytes(5)), len(bytes(10)))
