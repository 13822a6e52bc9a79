import re
text = """First line
second Line
THIRD line"""
print(re.findall(r"^\w+", text), re.findall(r"^\w+", text, re.M))
print(re.findall(r"line", text, re.I), re.findall(r"line$", text, re.M | re.I))
print(re.search(r"line.second", text, re.S).group().replace("\n", "\\n"))
verbose = re.compile(r"""
    (\d{3})   # area
    [-.\s]?
    (\d{4})   # number
""", re.X)
print(verbose.findall("call 555-1234 or 666.4321 or 7778888"))
print(bool(re.search(r"[A-Z]", "abc")), bool(re.search(r"(?i)[A-Z]", "abc")))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print(type(e).__name__, e.msg)
print(re.findall(r"\d+\.?\d*", "pi 3.14 e 2.718 n 42"), re.findall(r"[^aeiou\s]+", "queue it"))
