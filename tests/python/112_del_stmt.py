# del on names, list items, dict keys, attributes and several targets.
x = 1
y = [1, 2, 3, 4]
z = {"a": 1, "b": 2}
class C:
    pass
o = C()
o.attr = 5
o.other = 6
del y[0], z["a"], o.attr
print(y, z, vars(o))
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
try:
    del z["zz"]
except KeyError as e:
    print("KeyError:", e)
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
a, b = 1, 2
del (a, b)
print("a" in globals(), "b" in globals())
lst = [[1, 2], [3, 4]]
del lst[0][1]
print(lst)
