name, age = "Ada", 36
print(f"{name} is {age}")
print(f"{name!r} {name:>6} {name:<6}| {name:^7}|")
print(f"{age:05d} {age:x} {age:X} {age:o} {age:b} {age:#x} {age:#b}")
print(f"{age=}", f"{age * 2 = }")
width, prec = 10, 3
print(f"{3.14159:{width}.{prec}f}|")
print(f"{'nested'!s:*^12}")
print(f"{{literal}} {1 + 2}")
d = {"k": 5}
print(f"{d['k']} {[1, 2, 3][1]} {len(name)}")
print(f"{-42:+d} {42:+d} {42: d} {1000000:_}")
print("{} {} {}".format(1, "two", 3.0), "{1}{0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("%s has %d items costing %.2f" % ("cart", 3, 9.5))
print("%5s|%-5s|%05.1f" % ("ab", "cd", 3.14159))
