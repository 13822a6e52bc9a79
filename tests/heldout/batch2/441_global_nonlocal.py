counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def read_only():
    return counter * 10
print(read_only())
def broken():
    try:
        counter += 1
    except UnboundLocalError as e:
        print(type(e).__name__)
broken()
def outer():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x += 100
        inner()
    mid()
    return x
print(outer())
def make():
    global created
    created = "yes"
make()
print(created)
x = "global"
def shadow():
    x = "local"
    return x
print(shadow(), x)
