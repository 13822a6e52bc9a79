def f(a, b, /, c, *, d):
    return a + b + c + d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
for call in (lambda: f(1, 2, 3, 4), lambda: f(a=1, b=2, c=3, d=4)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
def connect(host, *, port=80, timeout=5):
    return f"{host}:{port} t={timeout}"
print(connect("example"), connect("example", port=8080))
try:
    connect("example", 8080)
except TypeError as e:
    print(type(e).__name__, e)
def pos(x, /):
    return x * 2
print(pos(21))
