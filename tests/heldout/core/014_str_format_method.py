print("{} {}".format("a", "b"))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Bob", age=30))
print("{0[0]} {0[1]}".format(["x", "y"]))
print("{d[k]}".format(d={"k": "v"}))
class P:
    x = 5
print("{p.x}".format(p=P()))
print("{:>8.3f}|{:<6}|{:^6}|".format(2.5, "ab", "cd"))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{:,.2f}".format(1234567.891))
print("{:{fill}{align}{width}}".format("z", fill="-", align="^", width=7))
print(format(42, "08b"), format(3.5, ".3e"), format("s", ">3"))
try:
    "{} {}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print(type(e).__name__, e)
