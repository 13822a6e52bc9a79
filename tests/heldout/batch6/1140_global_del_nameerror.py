counter = 0
config = {"mode": "dev"}


def increment():
    global counter
    counter += 1
    return counter


def set_mode(m):
    config["mode"] = m


def rebind():
    global config
    config = {"mode": "fresh"}


increment()
increment()
print(counter)
set_mode("prod")
print(config)
rebind()
print(config)


def make_global():
    global created_later
    created_later = "now exists"


make_global()
print(created_later)
print("counter" in globals(), "nonexistent" in globals())

x = [1, 2, 3, 4, 5]
del x[0]
del x[-1]
print(x)
del x[::2]
print(x)
d = {"a": 1, "b": 2}
del d["a"]
print(d)


class Obj:
    pass


o = Obj()
o.attr = 5
del o.attr
print(hasattr(o, "attr"))
a = b = 10
del a
print(b)
try:
    print(a)
except NameError as e:
    print("NameError:", e)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
try:
    del o.attr
except AttributeError as e:
    print("AttributeError")


def local_del():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError"


print(local_del())
for i in range(3):
    pass
print("loop var after loop:", i)
del i
print("i" in globals())
print("about to use undefined name")
print(undefined_variable_name)
print("never printed")
