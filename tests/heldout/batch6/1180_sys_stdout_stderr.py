import sys
import io

n = sys.stdout.write("written via sys.stdout.write\n")
print("write returned", n)
sys.stdout.write("no newline, ")
sys.stdout.write("then newline\n")
print("to stderr follows", flush=True)
sys.stderr.write("this line goes to stderr\n")
print("warning message", file=sys.stderr)
print("a", "b", "c", sep=", ", end=".\n")
print("multi", "args", 1, None, sep="|")
print(file=sys.stdout)
print("after empty line")
original = sys.stdout
buffer = io.StringIO()
sys.stdout = buffer
print("captured line 1")
print("captured", 2)
sys.stdout = original
captured = buffer.getvalue()
print("captured text:", repr(captured))
print("lines captured:", captured.count("\n"))
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
sys.stdout.writelines(["line A\n", "line B\n"])
print(isinstance(sys.stdout, io.TextIOBase), sys.stdout.encoding.lower().replace("-", "") in ("utf8", "ascii", "ansix3.41968"))
try:
    sys.stdout.write(123)
except TypeError as e:
    print("TypeError:", e)
print("end", end="")
print(" of output")
sys.stdout.flush()
