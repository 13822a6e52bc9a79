# compile(): exec, eval and single modes, code objects run by exec/eval, errors at compile time, a traceback naming the compiled filename
c = compile("x = 5\nprint(x)", "<test>", "exec")
exec(c)
print(x, type(c).__name__, c.co_filename)
e = compile("1 + 2", "<e>", "eval")
print(eval(e), exec(e))
print(eval(compile("y = 3", "s", "exec")), y)
s = compile("4 * 5", "<single>", "single")
exec(s)
ns = {}
exec(compile("z = [i for i in range(3)]", "<ns>", "exec"), ns)
print(ns["z"])
try:
    compile("1 +", "myfile.py", "exec")
except SyntaxError as err:
    print("SyntaxError", type(err).__name__)
try:
    compile("x", "f", "bogus")
except ValueError as err:
    print(err)
try:
    compile("x = 1", "f", "eval")
except SyntaxError:
    print("eval needs an expression")
exec(compile("def f():\n    return 1 / 0\n", "defs.py", "exec"))
f()
