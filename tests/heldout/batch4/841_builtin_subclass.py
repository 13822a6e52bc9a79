# subclassing builtins, __new__ for immutables, __missing__
class Celsius(float):
    def __new__(cls, value):
        return super().__new__(cls, round(value, 1))
    def __repr__(self):
        return f'{float(self)}C'
c = Celsius(21.456)
print(c, c + 1, type(c + 1).__name__, isinstance(c, float))
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    def shout(self):
        return self + '!'
u = Upper('hello')
print(u, u.shout(), len(u), type(u.lower()).__name__, u == 'HELLO')
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(1, 2)
print(p, p.first, p + (3,), len(p))
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
d = DefaultDict(a=100)
print(d['a'], d['hello'], d, d.get('zz'), 'zz' in d)
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), s.pop(), len(s), type(s[:1]).__name__, type(s + s).__name__)
class EvenInt(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError(f'{v} is odd')
        return super().__new__(cls, v)
print(EvenInt(4), EvenInt(4) + 1)
try:
    EvenInt(3)
except ValueError as e:
    print(type(e).__name__, e)
class CIDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
ci = CIDict()
ci['Name'] = 'x'
print(ci['NAME'], ci, dict.__getitem__(ci, 'name'))
