print(eval("1 + 2 * 3"))
print(eval("x * y", {"x": 3, "y": 4}))
ns = {}
exec("def f(a):\n    return a * 2\nz = f(21)", ns)
print(ns["z"], ns["f"](5))
code = compile("a + b", "<expr>", "eval")
print(eval(code, {"a": 1, "b": 2}), type(code).__name__)
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval("undefined_var")
except NameError as e:
    print(type(e).__name__, e)
loc = {}
exec("for i in range(3): total = i * 10", {}, loc)
print(sorted(loc.items()))
print(eval("[i ** 2 for i in range(4)]"))
