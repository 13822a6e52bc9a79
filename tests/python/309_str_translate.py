# str.maketrans and str.translate.
table = str.maketrans("abc", "xyz")
print(sorted(table.items()))
print("aabbcc-abc".translate(table))
drop = str.maketrans("", "", "aeiou")
print("programming language".translate(drop))
both = str.maketrans("lo", "01", "h")
print("hello world".translate(both))
d = str.maketrans({"a": "AA", "b": None, ord("c"): 67})
print(sorted(d.items()), "abcabc".translate(d))
print("hello".translate({ord("l"): "L"}), "abc".translate({}))
rot13 = str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")
print("hello world".translate(rot13), "hello world".translate(rot13).translate(rot13))
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print("ValueError:", e)
try:
    str.maketrans({"ab": 1})
except ValueError as e:
    print("ValueError:", e)
