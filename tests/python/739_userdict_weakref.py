# collections.UserDict/UserList/UserString, types.MappingProxyType, weakref.ref basics
from collections import UserDict, UserList, UserString
class UD(UserDict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 2)
u = UD(a=1); u["b"] = 2
print(u, u.data, len(u), "a" in u, u.get("z", 0), dict(u), sorted(u.items()))
ul = UserList([3, 1, 2]); ul.append(0); ul.sort()
print(ul, ul[1:], type(ul[1:]).__name__, len(ul), ul + [9], ul == [0, 1, 2, 3], 2 in ul)
us = UserString("hello")
print(us.upper(), us + "!", len(us), us[1:3], us.count("l"), "ell" in us, us == "hello", us.split("l"))
from types import MappingProxyType
mp = MappingProxyType({"k": 1})
print(mp["k"], len(mp), list(mp), "k" in mp, mp.get("q", 5))
try:
    mp["x"] = 1
except TypeError as e:
    print(e)
import weakref
class W: pass
w = W()
r = weakref.ref(w)
print(r() is w, type(r).__name__)
