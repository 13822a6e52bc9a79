# name resolution (LEGB), shadowing builtins, del statement
x = "global x"
def outer():
    x = "enclosing x"
    def inner():
        return x
    return inner()
print(outer(), x)
def shadow():
    len = lambda obj: "shadowed"
    return len([1, 2, 3])
print(shadow(), len([1, 2, 3]))
import builtins
print(builtins.len is len, builtins.max([1, 5]))
def read_global():
    return x.upper()
print(read_global())
class Scope:
    y = 10
    values = [y * 2]
    def method(self):
        try:
            return y
        except NameError as e:
            return f"NameError: {e}"
print(Scope.values, Scope().method())
a = 1
b = [1, 2, 3]
del a
try:
    print(a)
except NameError as e:
    print(type(e).__name__, e)
del b[0], b[-1]
d = {"k": 1, "j": 2}
del d["k"]
print(d, b)
def locals_demo(p):
    q = p * 2
    return sorted(locals().items())
print(locals_demo(3))
print("x" in globals(), "zzz" in globals(), type(globals()).__name__)
for name in ["print", "len", "nonexistent_builtin"]:
    print(name, hasattr(builtins, name))
def make():
    counter = 0
    def bump():
        nonlocal counter
        counter += 1
        return counter
    return bump
bump = make()
bump(); bump()
print(bump(), bump.__code__.co_freevars)
lambda_x = [lambda: x for x in range(2)]
print([f() for f in lambda_x], x)
