# bytearray is mutable: item/slice assignment, deletion and methods.
ba = bytearray(b"hello")
ba[0] = 72
print(ba, ba[0], ba[-1])
ba[1:3] = b"EY"
print(ba)
ba[5:] = b" world"
print(ba, len(ba))
del ba[0]
print(ba)
del ba[::2]
print(ba)
ba.append(33)
ba.extend(b"??")
ba.extend([65, 66])
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.insert(0, 64)
ba.remove(63)
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
ba.clear()
print(ba, c, len(c))
x = bytearray(b"ab")
x += b"cd"
x *= 2
print(x, x == b"abcdabcd", bytes(x))
try:
    x[0] = 256
except ValueError as e:
    print("ValueError:", e)
try:
    bytearray().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print("TypeError:", e)
