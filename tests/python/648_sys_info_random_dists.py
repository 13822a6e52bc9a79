# sys.float_info and friends, sys.intern, sys.getdefaultencoding;
# random's gamma, beta and von Mises distributions (CPython's sequences).
import math
import random
import sys

fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.max_exp, fi.radix)
print(fi.max == 1.7976931348623157e308, 1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0)
print(sys.int_info.bits_per_digit, sys.hash_info.width, sys.hash_info.modulus == 2 ** 61 - 1)
s = sys.intern('hello world')
print(s, s is sys.intern(s), sys.getdefaultencoding(), sys.getfilesystemencoding())
print(sys.maxunicode, sys.hexversion >= 0x030B0000, isinstance(sys.executable, str), sys.version_info[:2])
try:
    sys.intern(5)
except TypeError as e:
    print('TypeError:', e)

random.seed(2024)
print([round(random.betavariate(2, 5), 12) for _ in range(3)])
print([round(random.gammavariate(a, 2.0), 12) for a in (0.5, 1.0, 3.0, 9.5)])
print([round(random.vonmisesvariate(math.pi, k), 12) for k in (0.0, 0.5, 4.0)])
r = random.Random(7)
print(round(r.betavariate(0.5, 0.5), 12), round(r.gammavariate(2.5, 1), 12), r.randbytes(4))
try:
    random.gammavariate(0, 1)
except ValueError as e:
    print('ValueError:', e)
