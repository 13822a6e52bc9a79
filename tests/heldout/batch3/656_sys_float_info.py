import sys
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon)
print(fi.dig, fi.mant_dig, fi.max_exp, fi.min_exp, fi.radix)
print(1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0)
print(fi.max * 2, -fi.max * 2)
print(sys.maxsize > 2 ** 31, sys.maxunicode, chr(sys.maxunicode) == "\U0010ffff")
print(sys.float_repr_style)
