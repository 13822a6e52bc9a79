# compiled patterns, named groups, finditer, verbose mode, errors
import re
LOG = re.compile(r"""
    (?P<date>\d{4}-\d{2}-\d{2})\s+
    (?P<level>INFO|WARN|ERROR)\s+
    (?P<msg>.*)
""", re.VERBOSE)
lines = ["2024-03-01 INFO started", "garbage line", "2024-03-02 ERROR disk full", "2024-03-02 WARN slow"]
for line in lines:
    m = LOG.match(line)
    if m:
        print(m.group("level"), m["date"], m.groupdict())
    else:
        print("no match:", line)
print(LOG.groups, sorted(LOG.groupindex.items()), LOG.flags & re.VERBOSE == re.VERBOSE)
num = re.compile(r"-?\d+(?:\.\d+)?")
print([m.group() for m in num.finditer("x=-3.5, y=42, z=0.25")])
print([(m.start(), m.end()) for m in num.finditer("a1bb22")])
print(num.sub("#", "1 and 2.5"), num.split("a1b2c"), num.findall("none"), num.pattern)
print(num.search("val 7", 4).group(), num.search("val 7", 5), num.match("abc 9", 4).group())
kv = re.compile(r"(?P<key>\w+)=(?P<val>[^;]*)")
print({m["key"]: m["val"] for m in kv.finditer("a=1;b=two;empty=;c=3")})
m = re.match(r"(?P<word>\w+)(?P<rest>.*)", "hello world")
print(m.group("word", "rest"), m.start("rest"), m.expand(r"\g<rest> \g<word>"), m.re.pattern)
for bad in [r"(unclosed", r"*start", r"[z-a]", r"(?P<n>a)(?P<n>b)"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(type(e).__name__, e.msg)
email = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")
for addr in ["a.b@c.org", "bad@", "x@y", "first+tag@mail.co.uk"]:
    print(addr, bool(email.match(addr)))
print(re.compile(r"a", re.I) .findall("AaA"), re.compile("x") is re.compile("x") or True)
