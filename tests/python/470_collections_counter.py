# collections.Counter: counting, most_common, arithmetic, update/subtract, elements
from collections import Counter

c = Counter("mississippi")
print(c)
print(c["s"], c["z"], c.most_common(2), len(c), sorted(c), c.total())
c.update("spam")
c.subtract({"i": 2})
print(c)
print(sorted(c.elements()))
a = Counter(a=3, b=1)
b = Counter(a=1, b=2, c=-1)
print(a + b, a - b, a | b, a & b)
print(+Counter(x=1, y=-2), -Counter(x=1, y=-2))
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(3))
print(Counter() == Counter(), Counter(a=1) == Counter(a=1, b=0), dict(Counter("aab")))
del c["m"]
del c["never"]
print("m" in c, c.get("p"), list(c.keys())[:3], Counter({"x": 4}))
