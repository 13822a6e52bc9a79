name = "Ada"
age = 36
print(f"{name} is {age}")
print(f"{name!r} {name!s}")
print(f"{age=}")
print(f"{age * 2 = }")
items = [1, 2, 3]
print(f"sum={sum(items)} len={len(items)}")
width = 10
print(f"[{name:>{width}}]")
print(f"[{name:*^{width}}]")
d = {"k": "v"}
print(f"{d['k']}")
print(f"{{literal braces}}")
print(f"{3.14159:.{3}f}")
print(f"{'nested'}")
print(f"{'yes' if age > 18 else 'no'}")
x = 255
print(f"{x:#06x}")
