# eval and exec: expressions, statements, explicit globals/locals dicts, function locals, globals(), errors, a traceback through exec
x = 10
print(eval("x + 1"))
print(eval("  [i * i for i in range(5)]"))
exec("y = x * 2")
print(y)
exec("def f(a):\n    return a + x\n")
print(f(5))
ns = {}
exec("a = 1\nb = a + 1", ns)
print(ns["a"], ns["b"], sorted(k for k in ns if not k.startswith("__")))
print(eval("a * 100", ns))
print(eval("a + b", {"a": 1}, {"b": 2}))
def g(p):
    q = p + 1
    return eval("p * q")
print(g(3))
exec("z = 5", globals())
print(z)
loc = {}
exec("w = 7", {}, loc)
print(loc)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError")
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError")
try:
    eval(42)
except TypeError as e:
    print(e)
try:
    exec("1/0")
except ZeroDivisionError as e:
    print("ZDE", e)
print(eval("len('abc')"))
print(eval("__name__"))
class C:
    def m(self):
        return eval("self.__class__.__name__")
print(C().m())
exec("for i in range(3): print(i)")
print(eval("x if x > 5 else -x"))
exec("import math\nprint(math.sqrt(16))")
code = "\n".join(["total = 0", "for k in range(10):", "    total += k"])
d = {}
exec(code, d)
print(d["total"])
exec("raise ValueError('from exec')")
