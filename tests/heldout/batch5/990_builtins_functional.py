# zip, map, filter, enumerate, reversed, any, all, sum
names = ["a", "b", "c"]
nums = [1, 2, 3, 4]
print(list(zip(names, nums)), list(zip(*[(1, "x"), (2, "y")])))
try:
    list(zip(names, nums, strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(map(pow, [2, 3], [5, 2])), list(map(str, range(3))))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(str.isdigit, "a1b2")))
print(list(enumerate("ab")), list(enumerate("ab", 1)))
print(list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3, 0, -1))))
print(any([]), all([]), any([0, 0, 1]), all([1, 2, 0]), any(x > 2 for x in nums))
print(sum(nums), sum(nums, 10), sum([[1], [2, 3]], []), sum([0.1, 0.2]), sum(range(0)))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
print(divmod(20, 6), divmod(-20, 6), divmod(20.5, 6))
print(pow(2, 100, 1000), pow(3, -1, 7), pow(2, 0.5), pow(-8, 1 / 3).real > 0)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
print(round(3.14159, 2), round(-0.5), round(1.5), round(7), round(7.0), round(1234.5678, -2))
print(abs(-7), abs(-2.5), abs(3 - 4j), abs(False))
print(isinstance(3, (str, int)), isinstance(True, int), issubclass(bool, (int,)), isinstance([], list))
print(chr(65), ord("a"), chr(0x263A) == "\u263a", hex(255), oct(8), bin(10), hex(-42))
print(int("-0x1f", 16), int("777", 8), int("  +12 "), int("1010", 2), int("z", 36))
print(repr("a'b"), repr('a"b'), ascii("\u00e9t\u00e9"), repr(None), repr([1, "2"]))
print(format(255, "08b"), format(3.14159, ".3f"), format("x", "^5"))
print(len({1: 2}), len("abc"), len(range(5)), bool([]), bool("0"), bool(0.0))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(zip()))
