# del on names, list items, dict keys and attributes; errors afterwards.
x = 10
y = [1, 2, 3, 4]
d = {"a": 1, "b": 2}
del x, y[0], d["a"]
print(y, d, "x" in globals())
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
def local_del():
    v = 1
    del v
    try:
        print(v)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
local_del()
a, b = 1, 2
del (a, b)
try:
    print(a)
except NameError as e:
    print("NameError:", e)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
try:
    del y[10]
except IndexError as e:
    print("IndexError:", e)
del y
print(y)
