# Frozen library modules through every import form: import, from-import, as, dotted, star
import sys
import functools as ft
from collections import deque as Deque, Counter
import collections.abc
from itertools import *
from heapq import *

print(ft.__name__, ft.reduce(lambda a, b: a * b, [1, 2, 3, 4]))
print(Deque([1, 2]).pop(), Counter("aa")["a"], collections.abc.Sized.__name__)
print(list(islice(count(7), 3)), list(chain("ab", "c")), nsmallest(2, [5, 1, 3]))
print(all(name in sys.modules for name in ["functools", "collections", "collections.abc", "itertools", "heapq"]))
print(sys.modules["functools"] is ft, collections.abc is sys.modules["collections.abc"])
import functools
print(functools is ft, collections.deque is Deque)
try:
    import functools.nothing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    import collections.nothing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    from functools import nothing
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
