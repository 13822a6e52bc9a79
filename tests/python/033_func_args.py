# *args, **kwargs, keyword-only and positional-only parameters, default
# values evaluated once, unpacking at the call site, and CPython's
# messages for bad calls.

def describe(first, second=2, *rest, flag=False, **options):
    return f"first={first} second={second} rest={rest} flag={flag} options={options}"

print(describe(1))
print(describe(1, 3, 5, 7))
print(describe(1, flag=True, color="red", size=3))
print(describe(*[10, 20, 30], **{"flag": 1, "extra": None}))

def total(*numbers):
    return sum(numbers)

print(total(), total(1, 2, 3), total(*range(5)))

def only_kw(*, a, b=2):
    return a + b

print(only_kw(a=1), only_kw(b=5, a=1))

def pos_only(x, y, /, z=0):
    return x * 100 + y * 10 + z

print(pos_only(1, 2), pos_only(1, 2, z=3))

def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1), append_to(2), append_to(3, []))

calls = []
def default_value():
    calls.append("evaluated")
    return 42

def uses_default(v=default_value()):
    return v

print(uses_default(), uses_default(), calls)

def show_kwargs(**kw):
    return sorted(kw.items())

print(show_kwargs(b=2, a=1), show_kwargs())

def forward(*args, **kwargs):
    return describe(*args, **kwargs)

print(forward(9, flag="x"))
first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
head, *tail = "abc"
print(head, tail)

def check(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)

check(describe)
check(only_kw, 1)
check(only_kw)
check(pos_only, 1, y=2)
check(describe, 1, first=2)
check(total, x=1)
check(append_to, 1, [], 3)
check(uses_default, 1, 2)

def connect(host, port, *, timeout):
    return f"{host}:{port} ({timeout}s)"

print(connect("localhost", 80, timeout=3))
connect("localhost", 80, 3)
