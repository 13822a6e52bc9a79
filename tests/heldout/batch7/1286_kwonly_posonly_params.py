def connect(host, port=80, /, *, timeout=5.0, retries=3, secure=False):
    scheme = "https" if secure else "http"
    return f"{scheme}://{host}:{port} t={timeout} r={retries}"


print(connect("example.org"))
print(connect("example.org", 8443, secure=True, timeout=1))
for bad in [lambda: connect(host="x"), lambda: connect("x", 1, 2), lambda: connect("x", retries=1, colour="red")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


def clamp(value, /, lo=0, hi=100):
    return max(lo, min(hi, value))


print(clamp(150), clamp(-5), clamp(50, hi=40), clamp(5, lo=10))


def record(name, /, **fields):
    return name, sorted(fields.items())


print(record("ann", name="override", age=3))


def mixed(a, b, /, c, d=4, *args, e, f=6, **kw):
    return (a, b, c, d, args, e, f, sorted(kw))


print(mixed(1, 2, 3, e=5))
print(mixed(1, 2, c=3, e=5, g=7))
print(mixed(1, 2, 3, 4, 5, 6, e=0, f=1, h=2))
try:
    mixed(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    mixed(1, 2, 3, c=9, e=1)
except TypeError as e:
    print("TypeError:", e)


def search(items, *, key=None, default=None):
    for it in items:
        if key is None or key(it):
            return it
    return default


print(search([1, 4, 9], key=lambda x: x > 3), search([], default="nothing"), search([0, 1]))
try:
    search([1], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
print(connect.__defaults__, connect.__kwdefaults__)


def tag(*, required):
    return required


try:
    tag()
except TypeError as e:
    print("TypeError:", e)
print(tag(required="yes"))
