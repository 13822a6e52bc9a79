# SyntaxError raised by exec/eval/compile: args (msg, (filename, lineno,
# offset, text, ...)), the msg/lineno/offset/text/filename attributes, str(),
# SyntaxError built by hand, and the uncaught report with the source line.
def run(src):
    exec(src)
try:
    exec("a = 1 +")
except SyntaxError as e:
    print(e, "|", e.msg, e.lineno, e.offset, repr(e.text), e.filename)
try:
    exec("if True:\nprint(1)")
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno, isinstance(e, SyntaxError))
try:
    eval("1 2")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
try:
    compile("x = )", "myfile.py", "exec")
except SyntaxError as e:
    print(str(e), e.filename, e.lineno)
e = SyntaxError("m", ("/some/dir/f.py", 3, 4, "src", 3, 6))
print(e.msg, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.filename, str(e))
e = SyntaxError("only")
print(e.msg, e.lineno, e.text, str(e), e.args)
e = SyntaxError()
print(e.msg, str(e) == "", e.args)
run("x = [1,\n  2,\n  3 4]\n")
