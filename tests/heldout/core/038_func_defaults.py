def f(a, b=2, c=3):
    return a, b, c
print(f(1), f(1, 5), f(1, c=9), f(c=0, a=1))
def acc(x, lst=[]):
    lst.append(x)
    return lst
print(acc(1), acc(2))
def acc2(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst
print(acc2(1), acc2(2))
print(f.__defaults__)
n = 10
def g(v=n):
    return v
n = 20
print(g())
try:
    f()
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, a=2)
except TypeError as e:
    print(type(e).__name__, e)
