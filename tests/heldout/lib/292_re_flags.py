import re
print(re.findall(r"hello", "Hello HELLO hello", re.IGNORECASE))
print(re.findall(r"^\w+", "one\ntwo\nthree", re.MULTILINE))
print(re.findall(r"^\w+", "one\ntwo\nthree"))
print(re.search(r"a.b", "a\nb"))
print(re.search(r"a.b", "a\nb", re.DOTALL).group() == "a\nb")
pat = re.compile(r"""
    (\d{3})  # area
    [-\s]?
    (\d{4})  # number
""", re.VERBOSE)
print(pat.match("555-1234").groups())
print(re.findall(r"(?i)ab", "AB ab Ab"))
print(re.search(r"\w+", "h\u00e9llo").group())
print(re.search(r"\w+", "h\u00e9llo", re.ASCII).group())
print(bool(re.I & re.IGNORECASE), re.M == re.MULTILINE)
