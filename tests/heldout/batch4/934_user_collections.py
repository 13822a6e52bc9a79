# collections.UserDict, UserList, UserString
from collections import UserDict, UserList, UserString
class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
    def __contains__(self, key):
        return key.lower() in self.data
d = LowerDict({'Name': 'x'})
d['AGE'] = 5
d.update(City='Paris')
print(d, d['name'], 'NAME' in d, d.get('age'), sorted(d.keys()), len(d))
print(isinstance(d, dict), type(d.data).__name__, d.copy())
class TypedList(UserList):
    def __init__(self, kind, items=()):
        self.kind = kind
        super().__init__()
        for i in items:
            self.append(i)
    def append(self, item):
        if not isinstance(item, self.kind):
            raise TypeError(f'expected {self.kind.__name__}, got {type(item).__name__}')
        super().append(item)
tl = TypedList(int, [1, 2])
tl.append(3)
print(tl, tl.data[1:], len(tl), sum(tl), tl.data)
try:
    tl.append('4')
except TypeError as e:
    print(type(e).__name__, e)
ul = UserList([3, 1, 2])
ul.sort()
print(ul, ul + [9], [0] + ul, ul * 2, ul == [1, 2, 3], type(ul + [9]).__name__)
class Shout(UserString):
    def shout(self):
        return self.upper() + '!'
s = Shout('hello')
print(s, s.shout(), type(s.upper()).__name__, s[1:3], s + ' there', 'ell' in s, len(s), s == 'hello')
print(s.replace('l', 'L'), s.split('l'), repr(s), s.data)
