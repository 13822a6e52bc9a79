class Accumulator:
    def __init__(self, items=None):
        self.items = list(items or [])

    def __add__(self, other):
        print("  __add__")
        return Accumulator(self.items + list(other))

    def __iadd__(self, other):
        print("  __iadd__")
        self.items.extend(other)
        return self

    def __repr__(self):
        return f"Acc({self.items})"


a = Accumulator([1])
alias = a
a += [2, 3]
print(a, alias, a is alias)
b = a + [4]
print(b, a, b is a)


class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return OnlyAdd(self.v + other)

    def __repr__(self):
        return f"OnlyAdd({self.v})"


x = OnlyAdd(1)
y = x
x += 10
print(x, y, x is y)


class Bits:
    def __init__(self, v):
        self.v = v

    def __ior__(self, o):
        self.v |= o
        return self

    def __iand__(self, o):
        self.v &= o
        return self

    def __ixor__(self, o):
        self.v ^= o
        return self

    def __ilshift__(self, n):
        self.v <<= n
        return self

    def __imul__(self, n):
        self.v *= n
        return self

    def __isub__(self, n):
        self.v -= n
        return self


bits = Bits(0b0001)
bits |= 0b0110
print(bin(bits.v))
bits &= 0b0101
print(bin(bits.v))
bits ^= 0b1111
print(bin(bits.v))
bits <<= 2
print(bin(bits.v))
bits *= 3
bits -= 1
print(bits.v)
n = 10
n //= 3
print(n)
n **= 3
print(n)
n %= 7
print(n)
n /= 4
print(n)
s = "ab"
s *= 3
print(s)
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias)
lst = [1]
lst_alias = lst
lst *= 2
print(lst, lst_alias is lst)
d = {"a": 1}
d |= {"b": 2}
print(d)
st = {1, 2, 3}
st -= {1}
st |= {9}
print(sorted(st))
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(tup)


class Broken:
    def __iadd__(self, other):
        return NotImplemented


br = Broken()
try:
    br += 1
except TypeError as e:
    print("TypeError:", e)
