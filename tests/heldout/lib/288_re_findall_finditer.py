import re
text = "cat bat rat 42 mat 7"
print(re.findall(r"[a-z]at", text))
print(re.findall(r"(\w)at", text))
print(re.findall(r"(\w)(a)t", text))
print(re.findall(r"\d+", text))
for m in re.finditer(r"(\w)at", text):
    print(m.group(0), m.group(1), m.start())
print(re.findall(r"x*", "axxb"))
print(re.findall(r"", "ab"))
