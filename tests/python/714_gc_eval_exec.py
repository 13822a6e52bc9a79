# eval/exec/compile state (globals dicts, code objects, namespaces) across collections
import gc

ns = {}
exec("def sq(x):\n    return [x * x]\nvalues = [sq(i) for i in range(5)]", ns)
gc.collect()
print(ns["values"], ns["sq"](7))
code = compile("a + b * 2", "<expr>", "eval")
gc.collect()
print(eval(code, {"a": 1, "b": 2}), eval(code, {"a": "x", "b": "y"}))
g = globals()
gc.collect()
print(g["code"] is code)
for i in range(100):
    exec("tmp_%d = [%d] * 3" % (i % 5, i))
gc.collect()
print(tmp_0, tmp_4)
def local_eval():
    x = [10, 20]
    return eval("x[0] + x[1]")
print(local_eval())
src = compile("result = [n for n in range(10) if n % 3 == 0]", "<s>", "exec")
scope = {}
gc.collect()
exec(src, scope)
gc.collect()
print(scope["result"])
