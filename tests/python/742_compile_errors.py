# compile() reports the compiler's SyntaxErrors ('break' outside loop, 'await' outside function, ...) and its code runs
for src, mode in [("break", "exec"), ("return 1", "exec"), ("await x", "exec"), ("def f():\n    nonlocal q\n", "exec"),
                  ("x = 1", "exec"), ("yield 5", "exec"), ("async def f():\n    yield from x\n", "exec"),
                  ("class A:\n    return 1\n", "exec"), ("continue", "single"), ("def g():\n    x = 1\n    global x\n", "exec")]:
    try:
        c = compile(src, "<test>", mode)
        print("ok", type(c).__name__)
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.filename)
g = {}
exec(compile("a = 5\nb = a * 2", "<m>", "exec"), g)
print(g["a"], g["b"], eval(compile("a + b", "<e>", "eval"), g))
