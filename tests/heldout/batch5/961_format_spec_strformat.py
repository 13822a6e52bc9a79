# str.format and format specs
print("{} + {} = {}".format(1, 2, 3))
print("{0}{1}{0}".format("ab", "cd"))
print("{name} is {age:d} years".format(name="Bob", age=42))
print("{0[1]} {1[key]} {2.real}".format([10, 20], {"key": "val"}, 3 + 4j))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:=+8d}|{:08.3f}|{:+.2e}".format(42, -3.14159, 12345.6789))
print("{:,d} {:_x} {:#010b}".format(10**9, 0xDEADBEEF, 5))
print("{!r} {!s}".format("q", "q"))
print("{{}} {}".format("braces"))
print("{:{fill}{align}{width}}".format("x", fill="-", align=">", width=5))
print(format(3.5, ".0f"), format(4.5, ".0f"), format(1/3, ".3"), format(100, "c"))
print(format(123.456, "10.2f"), format("abc", "5s") + "|", format(True, "d"))
print(format(0.000012345, ".3g"), format(123456789.0, ".3g"), format(1.5, "n"))
print("{:.3s}".format("abcdef"), "{:x<4}".format(7))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        val = f"${self.cents / 100:.2f}"
        return format(val, spec) if spec else val
print("Total: {}".format(Money(12345)), f"[{Money(5):>10}]")
print("{:>{w}.{p}f}|".format(2.71828, w=9, p=3))
try:
    "{:d}".format("x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{} {}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{missing}".format()
except KeyError as e:
    print(type(e).__name__, e)
print("{0:>{1}}".format("w", 4), "%-5s|" % "ab")
print("{:g}".format(1e-7), "{:G}".format(1e20), "{:.0%}".format(0.555))
