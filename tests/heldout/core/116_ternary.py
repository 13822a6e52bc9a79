def sign(x):
    return "pos" if x > 0 else "neg" if x < 0 else "zero"
print([sign(v) for v in [-2, 0, 3]])
a = 5
b = "big" if a > 3 else "small"
print(b)
print((lambda x: "even" if x % 2 == 0 else "odd")(7))
def side(v):
    print("side", v)
    return v
print(side("yes") if True else side("no"))
print(side(1) if side(False) else side(2))
x = None
print(x if x is not None else "default", x or "or-default")
print(("a", "b")[True], ["x", "y"][False])
