# Library objects (functools, itertools, dataclasses, enum, re) survive collections
import gc
import functools
import itertools
import dataclasses
import enum
import re

@functools.lru_cache(maxsize=None)
def ways(n):
    return 1 if n < 2 else ways(n - 1) + ways(n - 2)
print(ways(60))
gc.collect()
print(ways.cache_info().hits > 0, ways(61))

part = functools.partial(pow, 2)
gc.collect()
print([part(i) for i in range(10)])

chain = itertools.chain([1, 2], (3, 4), "ab")
print(next(chain))
cyc = itertools.cycle([[1], [2]])
next(cyc)
gc.collect()
print(list(chain), next(cyc), next(cyc))
perms = itertools.permutations(range(3))
next(perms)
gc.collect()
print(list(perms))

@dataclasses.dataclass
class Item:
    name: str
    qty: int = 0
    tags: list = dataclasses.field(default_factory=list)
items = [Item("x%d" % i, i, [i]) for i in range(5)]
gc.collect()
print(items[3], items[0] == Item("x0", 0, [0]))

class Color(enum.Enum):
    RED = 1
    GREEN = 2
gc.collect()
print(Color.RED, Color(2), list(Color))

pat = re.compile(r"(\w+)=(\d+)")
gc.collect()
print(pat.findall("a=1 bb=22 ccc=333"))
m = pat.search("zz=99")
gc.collect()
print(m.group(1), m.group(2), m.span())
