import re
print(re.sub(r"\s+", " ", "too    many   spaces"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@site"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 10 pears"))
print(re.subn(r"a", "A", "banana"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(-)", "1-2-3"), re.split(r"\s", "a b c", maxsplit=1))
print(re.escape("1+1=2?"))
print(re.sub(r"(?P<w>\b\w)", lambda m: m["w"].upper(), "hello big world"))
print(re.findall(r"a+?", "aaa"), re.findall(r"a+", "aaa"))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e)
