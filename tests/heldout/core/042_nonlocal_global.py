g = 0
def bump():
    global g
    g += 1
bump(); bump()
print(g)
def outer():
    a = 1
    def inner():
        nonlocal a
        a = 2
        b = 3
        return b
    inner()
    return a
print(outer())
def creates_global():
    global newvar
    newvar = "made"
creates_global()
print(newvar)
x = "global"
def shadow():
    x = "local"
    return x
print(shadow(), x)
def unbound():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 1
unbound()
