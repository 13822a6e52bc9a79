def show(*args, **kwargs):
    print("args:", args, "kwargs:", sorted(kwargs.items()))
show()
show(1, 2, a=3)
show(*"xy", **{"k": 1})
def total(first, *rest, scale=1):
    return (first + sum(rest)) * scale
print(total(1), total(1, 2, 3), total(1, 2, scale=10))
def kwonly(a, *, b, c=3):
    return a, b, c
print(kwonly(1, b=2), kwonly(1, c=5, b=0))
try:
    kwonly(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
def posonly(a, b, /, c):
    return a + b + c
print(posonly(1, 2, c=3))
try:
    posonly(a=1, b=2, c=3)
except TypeError as e:
    print(type(e).__name__, e)
