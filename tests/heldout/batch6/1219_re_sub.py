import re

print(re.sub(r"\s+", " ", "  too   many    spaces  ").strip())
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "joe@site.com and ann@corp.com"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "Ada Lovelace"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 10 pears"))
print(re.subn(r"o", "0", "foo boo zoo"), re.sub(r"o", "0", "foo boo", count=2))
print(re.sub(r"^", "> ", "line1\nline2", flags=re.M))
print(re.sub(r"x*", "-", "abc"))


def camel_to_snake(name):
    s = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s).lower()


for n in ["CamelCase", "getHTTPResponseCode", "simple", "HTMLParser", "version2Update"]:
    print(n, "->", camel_to_snake(n))
template = "Hello {name}, you owe {amount}."
values = {"name": "Bob", "amount": "$5"}
print(re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template))
print(re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), "Missing {other}"))
log = """2024-01-01 ERROR disk full
2024-01-02 INFO ok
2024-01-03 ERROR cpu hot
2024-01-04 WARN fan"""
errors = re.findall(r"^(\S+) ERROR (.+)$", log, re.M)
print(errors)
levels = {}
for m in re.finditer(r"^\S+ (\w+)", log, re.M):
    levels[m.group(1)] = levels.get(m.group(1), 0) + 1
print(levels)
pat = re.compile(r"(?P<key>\w+)=(?P<val>[^&]*)")
qs = "a=1&b=hello&c=&d=x%20y"
print({m["key"]: m["val"] for m in pat.finditer(qs)})
print(pat.sub(lambda m: f"{m['key'].upper()}:{m['val'] or 'EMPTY'}", qs))
print(re.sub(r"(\d)(?=(\d{3})+$)", r"\1,", "1234567"))
print(re.sub("a", r"\\", "banana"), re.sub("(b)", r"[\1]", "abc"))
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print("re.error:", e.msg)
