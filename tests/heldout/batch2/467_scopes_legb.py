x = "global x"
def outer():
    x = "enclosing x"
    def inner():
        print("inner sees", x)
    inner()
    def inner2():
        x = "local x"
        print("inner2 sees", x)
    inner2()
    print("outer sees", x)
outer()
print("module sees", x)
print(len("abc"))
def shadow_builtin():
    len = lambda s: -1
    return len("abc")
print(shadow_builtin(), len("abc"))
fns = []
for i in range(3):
    def f():
        return i
    fns.append(f)
print([g() for g in fns])
print([k for k in dir() if k in ("x", "outer", "fns")])
class K:
    y = 1
    z = [y * 2 for _ in range(2)] if False else None
    w = y + 1
print(K.w, K.z)
