x = "global"
def f():
    x = "local"
    def g():
        nonlocal x
        x = "nonlocal-changed"
    g()
    return x
print(f(), x)
def h():
    return x
print(h())
def counter():
    global calls
    calls = calls + 1 if "calls" in globals() else 1
for _ in range(3):
    counter()
print(calls)
def bad():
    try:
        print(y)
        y = 1
    except UnboundLocalError as e:
        print(type(e).__name__)
bad()
print(sorted(k for k in locals().keys() if not k.startswith("__"))[:5])
