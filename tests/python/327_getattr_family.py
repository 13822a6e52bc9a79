# getattr/setattr/hasattr/delattr with defaults and errors.
class Obj:
    cls_attr = "class"
    def __init__(self):
        self.x = 1
o = Obj()
print(getattr(o, "x"), getattr(o, "y", "default"), getattr(o, "cls_attr"), hasattr(o, "x"), hasattr(o, "nope"))
setattr(o, "y", 2)
print(o.y, getattr(o, "y"))
delattr(o, "y")
print(hasattr(o, "y"), getattr(o, "y", None))
name = "dynamic_" + "attr"
setattr(Obj, name, 42)
print(o.dynamic_attr, Obj.dynamic_attr)
print(getattr([], "append").__name__, getattr("abc", "upper")(), getattr(5, "real"))
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
class Dyn:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:]
        raise AttributeError(name)
d = Dyn()
print(d.get_value(), hasattr(d, "get_x"), hasattr(d, "other"), getattr(d, "other", "dflt"))
