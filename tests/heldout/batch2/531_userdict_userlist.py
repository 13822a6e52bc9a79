from collections import UserDict, UserList, UserString
class LowerDict(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def __contains__(self, k):
        return k.lower() in self.data
d = LowerDict()
d["Name"] = "ann"
d.update({"AGE": 3})
print(d["NAME"], "age" in d, "Age" in d, sorted(d.data), len(d))
class Stack(UserList):
    def push(self, x):
        self.append(x)
s = Stack([1, 2])
s.push(3)
print(s, s.pop(), s.data, s + [9], isinstance(s, Stack), type(s[:1]).__name__)
class Shout(UserString):
    def shout(self):
        return self.upper() + "!"
u = Shout("hey")
print(u.shout(), u + " there", len(u), u[1])
