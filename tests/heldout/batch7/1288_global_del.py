REQUEST_COUNT = 0
CONFIG = {"debug": False}
cache = None


def handle_request(path):
    global REQUEST_COUNT, cache
    REQUEST_COUNT += 1
    if cache is None:
        cache = {}
    cache[path] = cache.get(path, 0) + 1
    CONFIG["last"] = path
    return REQUEST_COUNT


for p in ["/", "/about", "/", "/contact", "/"]:
    handle_request(p)
print(REQUEST_COUNT, cache, CONFIG)


def shadow():
    REQUEST_COUNT = -1
    return REQUEST_COUNT


print(shadow(), REQUEST_COUNT)


def broken():
    try:
        print(REQUEST_COUNT)
        REQUEST_COUNT = 0
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


print(broken())


def define_global():
    global created_later
    created_later = "now exists"


print("created_later" in globals())
define_global()
print(created_later, "created_later" in globals())

x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
items = [0, 1, 2, 3, 4, 5]
del items[0], items[-1]
print(items)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)


class Obj:
    pass


o = Obj()
o.attr = 1
o.other = 2
del o.attr
print(vars(o), hasattr(o, "attr"))
try:
    del o.attr
except AttributeError:
    print("AttributeError on second del")
a = b = [1, 2]
del a
print(b)


def counter_gen():
    global TICKS
    TICKS = 0
    while True:
        TICKS += 1
        yield TICKS


g = counter_gen()
next(g), next(g), next(g)
print(TICKS)
print(sorted(k for k in globals() if k.isupper()))
