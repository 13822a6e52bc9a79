import sys

n = sys.stdout.write("written via sys.stdout\n")
print("write returned", n)
sys.stdout.write("no newline... ")
sys.stdout.write("continued\n")
sys.stderr.write("warning: this goes to stderr\n")
print("error line via print", file=sys.stderr)
print("a", "b", "c", sep=", ", end=" <end>\n")
print("x", "y", sep="")
print()
print(*range(5), sep=" | ")
print("flush ok", flush=True)
sys.stdout.writelines(["line1\n", "line2\n"])
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
print(sys.stdout.isatty() in (True, False), sys.stdout.encoding.lower().replace("-", "") in ("utf8", "ascii"))


class Tee:
    def __init__(self, *streams):
        self.streams = streams
        self.lines = []

    def write(self, s):
        self.lines.append(s)
        for st in self.streams:
            st.write(s)
        return len(s)

    def flush(self):
        pass


original = sys.stdout
tee = Tee(original)
sys.stdout = tee
print("captured and echoed")
print(1, 2, 3)
sys.stdout = original
print("captured pieces:", tee.lines)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
for level, msg in [("INFO", "started"), ("ERROR", "disk full"), ("INFO", "done")]:
    stream = sys.stderr if level == "ERROR" else sys.stdout
    print(f"[{level}] {msg}", file=stream)
