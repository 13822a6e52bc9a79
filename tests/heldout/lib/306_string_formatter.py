import string
f = string.Formatter()
print(f.format("{0}-{1}-{name}", "a", "b", name="c"))
print(list(f.parse("x{0}y{name!r:>5}z")))
print("{:>8}|{:<6}|{:^7}|".format("r", "l", "c"))
print("{:08.3f} {:+d} {:,} {:x} {:#o} {:b}".format(3.14159, 5, 1234567, 255, 8, 5))
print("{0[1]} {1[k]} {2.real}".format([9, 8], {"k": "v"}, 3))
print(f"{'nested':*^12}")
print(format(0.5, "%"), format(1e6, "e"), format(12, "5d"))
