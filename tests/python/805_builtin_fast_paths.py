# len/ord/chr/range/int/math on plain values, subclasses, hooks and bad arguments: the builtins' fast paths and the general path must agree.
import math
class L:
    def __len__(self): return 7
class S(str): pass
class I(int): pass
print(len([1,2]), len("abc"), len(L()), len({1:2}), len(range(5)))
print(ord("a"), ord(S("b")), ord("é"), chr(65), chr(0xe9), chr(0x1F600), chr(I(66)))
for bad in [lambda: ord("ab"), lambda: ord(3), lambda: chr(-1), lambda: chr(0x110000), lambda: len(5), lambda: int(float("inf")), lambda: int(float("nan")), lambda: range(1.5)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(list(range(3)), list(range(-2)), list(range(2, 5)), range(I(3)), list(range(True, 3)))
print(int(5), int(-3.7), int(3.9), int(-0.0), int(1e18), int(1e19), int(-9.5e18), int(I(4)), int(True), int("12"))
print(math.sqrt(2), math.sin(1.0), math.floor(2.5), math.gcd(12, 18))
