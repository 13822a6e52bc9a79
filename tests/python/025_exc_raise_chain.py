# raise, raise from, implicit chaining (__context__), bare re-raise, and an
# uncaught exception chain printed with "direct cause".

def parse_port(text):
    try:
        port = int(text)
    except ValueError as e:
        raise ValueError("bad port: " + repr(text)) from e
    if not 0 < port < 65536:
        raise ValueError(f"port out of range: {port}")
    return port

for t in ["80", "http", "70000"]:
    try:
        print(t, "->", parse_port(t))
    except ValueError as e:
        cause = e.__cause__
        print(t, "->", e, "| cause:", repr(cause), "| suppressed:", e.__suppress_context__)

def implicit():
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("while handling")

try:
    implicit()
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__), "cause:", e.__cause__)

def reraise():
    try:
        1 // 0
    except ZeroDivisionError:
        print("logging and re-raising")
        raise

try:
    reraise()
except ArithmeticError as e:
    print("re-raised:", type(e).__name__, e)

try:
    raise TypeError
except TypeError as e:
    print("class raised:", repr(e), e.args)

try:
    try:
        raise IndexError("first")
    except IndexError as first:
        raise LookupError("second") from None
except LookupError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, repr(e.__context__))

saved = None
try:
    raise ValueError("saved for later")
except ValueError as e:
    saved = e
print("saved:", saved, saved.args)

try:
    raise 42
except TypeError as e:
    print("TypeError:", e)

try:
    raise ValueError("x") from 3
except TypeError as e:
    print("TypeError:", e)

def load_config(name):
    try:
        return {"a": 1}[name]
    except KeyError as e:
        raise LookupError("no config named " + name) from e

def main():
    print("starting")
    return load_config("b")

main()
