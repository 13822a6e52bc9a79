# Counter arithmetic and in-place operators
from collections import Counter

a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b, +a, -a)
a += Counter(b=5)
print(a)
a -= Counter(a=10)
print(a)
print(Counter('ab') == Counter('ba'), Counter(a=1) == {'a': 1}, Counter() == Counter(x=0))
try:
    Counter() + {'a': 1}
except TypeError as e:
    print('TypeError:', e)


class MyCounter(Counter):
    pass


m = MyCounter('xyx')
print(m, m.copy(), type(m.copy()).__name__, m.most_common())
