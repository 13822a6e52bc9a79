# sys.stdout / sys.stderr writing and redirection
import sys
import io
n = sys.stdout.write("written directly\n")
print("write returned", n)
sys.stdout.write("no newline...")
sys.stdout.write(" continued\n")
sys.stderr.write("this goes to stderr\n")
print("to stderr via print", file=sys.stderr)
print("a", "b", "c", sep="|", end="!\n")
print("multiple", "args", sep="")
print()
print("flush works", flush=True)
saved = sys.stdout
buf = io.StringIO()
sys.stdout = buf
print("captured line 1")
print("captured", 2)
sys.stdout = saved
print("captured text:", repr(buf.getvalue()))
print(sys.stdout is sys.__stdout__)
class Upper:
    def __init__(self, target):
        self.target = target
    def write(self, s):
        return self.target.write(s.upper())
    def flush(self):
        pass
sys.stdout = Upper(saved)
print("this will be shouted")
sys.stdout = saved
print("back to normal")
lines = ["alpha", "beta", "gamma"]
sys.stdout.writelines(l + "\n" for l in lines)
print(sys.stdout.writable(), hasattr(sys.stdout, "encoding"))
