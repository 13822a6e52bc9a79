def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Bob"))
print(greet("Bob", "Hi"))
print(greet("Bob", punct="?"))
def append_bad(x, lst=[]):
    lst.append(x)
    return lst
print(append_bad(1), append_bad(2))
def append_good(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst
print(append_good(1), append_good(2))
print(greet.__defaults__)
def power(base, exp=2):
    return base ** exp
print(power(3), power(2, 10), power(exp=3, base=2))
try:
    greet()
except TypeError as e:
    print(type(e).__name__, e)
