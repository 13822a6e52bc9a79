# re.sub, re.subn, re.split
import re
print(re.sub(r"\s+", " ", "too   many \t spaces\n here"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "bob@site and amy@web"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "John Smith"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.sub(r"x", "-", "xaxbx", count=2), re.subn(r"o", "0", "foo boo"))
print(re.sub(r"", "-", "abc"), re.sub(r"a*", "X", "baac"))
print(re.sub(r"(\d)", r"<\1>", "a1b2"), re.sub(r"\\", "/", r"C:\dir\file"))
def camel_to_snake(name):
    s = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s).lower()
print([camel_to_snake(n) for n in ["CamelCase", "getHTTPResponse", "simple", "HTMLParser2Go"]])
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(,)", "a,b,c"), re.split(r"\s+", " lead trail "))
print(re.split(r"\d", "a1b2c3", maxsplit=2), re.split(r"x*", "axbc"), re.split(r"(?i)and", "salt AND pepper and oil"))
template = "Hello {name}, you owe {amount}."
values = {"name": "Ann", "amount": "$5"}
print(re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template))
print(re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), "{unknown} stays"))
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print(type(e).__name__, e)
text = "The year 1999 and 2024, not 123 or 12345."
print(re.sub(r"\b(\d{4})\b", r"[\1]", text))
print(re.subn(r"(?m)^", "> ", "line1\nline2"))
