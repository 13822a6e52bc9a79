from collections import UserDict, UserList, UserString
class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
d = LowerDict()
d["Name"] = "x"
d.update({"AGE": 3})
print(d.data, d["NAME"], "name" in d)
class Stack(UserList):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), s.pop(), s.data, type(s + [9]).__name__)
class Shout(UserString):
    def shout(self): return self.upper() + "!"
u = Shout("hi")
print(u.shout(), type(u.upper()).__name__, u + "x", len(u))
