from collections import UserDict, UserList, UserString
class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
d = LowerDict()
d["ABC"] = 1
d["Def"] = 2
print(sorted(d.data.items()))
print("abc" in d)
class Stack(UserList):
    def push(self, x):
        self.append(x)
s = Stack([1, 2])
s.push(3)
print(s, len(s), s.data)
us = UserString("hello")
print(us.upper(), us + "!", len(us))
