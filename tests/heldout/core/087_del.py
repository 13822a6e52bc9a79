x = 5
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
lst = [0, 1, 2, 3, 4, 5]
del lst[0]
del lst[1:3]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class O: pass
o = O(); o.attr = 1
del o.attr
print(hasattr(o, "attr"))
a, b = 1, 2
del a, b
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
obj = [1, 2]
alias = obj
del obj
print("after del", alias)
def f():
    y = 1
    del y
    return "y" in locals()
print(f())
