ba = bytearray(b"hello")
ba[0] = ord("J")
print(ba)
ba.append(33)
print(ba)
ba.extend(b"??")
print(ba, len(ba))
del ba[-2:]
print(ba)
ba[1:3] = b"EE"
print(ba)
ba.insert(0, 62)
print(ba, ba.pop(), ba)
print(bytes(ba), ba.decode())
ba.reverse()
print(ba)
print(bytearray(3), bytearray([1, 2]))
try:
    ba[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
x = bytearray(b"abc")
y = x
y += b"d"
print(x, x is y)
