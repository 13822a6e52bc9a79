x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer())
def uses_builtin():
    return len("abc")
def shadows_builtin():
    len = lambda s: "shadowed"
    return len("abc")
print(uses_builtin(), shadows_builtin(), len("ab"))
class K:
    y = 10
    def m(self):
        try:
            return y
        except NameError as e:
            return f"{type(e).__name__}: {e}"
print(K().m())
def loop_var():
    for i in range(3):
        pass
    return i
print(loop_var())
def comp_scope():
    i = "kept"
    [i for i in range(5)]
    return i
print(comp_scope())
try:
    pass
except Exception as exc_var:
    pass
print("exc_var" in dir())
if True:
    block_var = "visible"
print(block_var)
