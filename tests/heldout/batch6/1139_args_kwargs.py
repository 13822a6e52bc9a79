def log(msg, *args, sep=" ", **extra):
    parts = [msg] + [str(a) for a in args]
    line = sep.join(parts)
    if extra:
        line += " | " + ", ".join(f"{k}={v}" for k, v in extra.items())
    return line


print(log("start"))
print(log("values", 1, 2, 3))
print(log("sep", "a", "b", sep="-"))
print(log("ctx", user="ann", id=7))
print(log(*["spread", "x"], **{"sep": "/", "tag": "t"}))


def wrapper(func):
    def inner(*args, **kwargs):
        print(f"calling {func.__name__} args={args} kwargs={kwargs}")
        result = func(*args, **kwargs)
        print(f"  -> {result!r}")
        return result
    return inner


@wrapper
def area(w, h=1, *, unit="m"):
    return f"{w * h}{unit}2"


area(3)
area(3, 4)
area(w=2, h=5, unit="cm")


def collect(*args):
    return type(args).__name__, len(args), args


def collect_kw(**kwargs):
    return type(kwargs).__name__, sorted(kwargs)


print(collect(), collect(1, [2]), collect(*"abc"))
print(collect_kw(), collect_kw(b=1, a=2))


def merge_config(defaults, **overrides):
    cfg = dict(defaults)
    cfg.update(overrides)
    return cfg


print(merge_config({"debug": False, "port": 80}, port=8080, host="x"))
try:
    log("a", **{"sep": "-"}, sep="+")
except TypeError as e:
    print("TypeError for duplicate keyword")
try:
    log(**{1: "x"})
except TypeError as e:
    print("TypeError:", e)


def total(*nums, start=0):
    return sum(nums, start)


print(total(1, 2, 3), total(start=10), total(*range(5), start=100))
fmt = "{name} is {age}".format_map
print(fmt({"name": "Eve", "age": 40}))
kw = {"end": "!\n", "sep": "|"}
print("a", "b", **kw)
args = (1, 2)
print(*args, *args, sep=",")
