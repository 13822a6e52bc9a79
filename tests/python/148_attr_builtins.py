# getattr/setattr/hasattr/delattr on instances and classes, callable(),
# id() identity, and hash() consistency.
class Box:
    size = 1
    def grow(self):
        self.size += 1
        return self.size
b = Box()
setattr(b, "label", "x")
print(getattr(b, "label"), getattr(b, "size"), getattr(Box, "size"), hasattr(b, "grow"), hasattr(Box, "label"))
m = getattr(b, "grow")
print(m(), m(), b.size, Box.size, callable(m), callable(b), callable(Box), callable(len), callable(3))
setattr(Box, "color", "blue")
print(b.color, Box.color)
delattr(Box, "color")
print(hasattr(b, "color"))
x = [1]
y = x
print(id(x) == id(y), id(x) == id([1]), x is y, hash(1) == hash(1.0), hash("a") == hash("a"), hash(True))
print(hash(-1), hash(-2), hash(0.5), hash(()), hash((1, 2)) == hash((1, 2)))
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(b, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
