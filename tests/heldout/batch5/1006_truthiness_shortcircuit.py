# truthiness and short-circuit evaluation
values = [0, 1, -1, 0.0, 0.5, "", "0", " ", [], [0], (), {}, {0: 0}, set(), None, 0j, range(0), range(1), b"", bytearray(1)]
print([bool(v) for v in values])
calls = []
def f(name, result):
    calls.append(name)
    return result
print(f("a", 0) and f("b", 1), calls)
calls.clear()
print(f("a", 1) and f("b", 2), calls)
calls.clear()
print(f("a", "") or f("b", "x") or f("c", "y"), calls)
calls.clear()
print(f("a", []) or f("b", 0), calls)
print(not 0, not "x", not not [1])
print(None or "default", "" or [] or 0, 5 and "five", [] and 1)
name = ""
print(name or "anonymous", (name and name.upper()) or "N/A")
print(1 if [] else 2, "yes" if "no" else "never")
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print(f"bool({self.v})")
        return self.v
x = Flag(False) or Flag(True)
print(x.v)
print(all([Flag(True), Flag(False), Flag(True)]))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
print(True + True + True, True * 10, False - 1, True / 2, sum([True, False, True]))
print(True == 1, False == 0, "yes" if True == 1.0 else "no")
print(isinstance(False, int), str(True), repr(False), int("1") == True)
a = []
b = a or [1]
print(b, b is a)
print((0 or None) is None, (1 and None) is None, ([] or {}) == {})
