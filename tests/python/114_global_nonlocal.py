# global and nonlocal: counters, nested closures, and rebinding at
# several levels.
count = 0
def bump(n=1):
    global count
    count += n
    return count
print(bump(), bump(5), count)
def make_counter():
    total = 0
    def inc():
        nonlocal total
        total += 1
        return total
    def get():
        return total
    return inc, get
inc, get = make_counter()
inc(); inc()
print(get(), inc(), get())
def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "inner"
        inner()
        return x
    m = middle()
    return x, m
print(outer())
def set_global():
    global new_name
    new_name = "created"
set_global()
print(new_name)
def shadow():
    count = 100
    def g():
        global count
        return count
    return g()
print(shadow())
