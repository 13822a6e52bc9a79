# eval and exec with namespaces
print(eval("1 + 2 * 3"), eval("[x * 2 for x in range(3)]"))
ns = {"a": 10, "b": 3}
print(eval("a // b + a % b", ns))
print(eval("x + y", {"x": 1}, {"y": 2}))
print(eval("abs(-5)", {"__builtins__": {"abs": abs}}))
try:
    eval("len('x')", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
code = """
def greet(name):
    return "hi " + name
result = greet("there")
total = sum(range(5))
"""
g = {}
exec(code, g)
print(g["result"], g["total"], "greet" in g, "__builtins__" in g)
loc = {}
exec("z = 5\nw = z * 2", {}, loc)
print(sorted(loc.items()))
compiled = compile("n * n", "<expr>", "eval")
print([eval(compiled, {"n": i}) for i in range(4)])
stmt = compile("out.append(v)", "<stmt>", "exec")
out = []
for v in "abc":
    exec(stmt, {"out": out, "v": v})
print(out)
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("x = undefined_name", {})
except NameError as e:
    print(type(e).__name__, e)
print(eval("(lambda q: q ** 2)(7)"), eval(" 42 "))
counter = 0
exec("counter += 1", globals())
print(counter)
ns2 = {"data": [3, 1, 2]}
exec("data.sort()\nlength = len(data)", ns2)
print(ns2["data"], ns2["length"])
expr = "sorted(set(word.lower() for word in text.split()))"
print(eval(expr, {"text": "The cat The Hat"}))
print(type(compiled).__name__, compiled.co_filename)
