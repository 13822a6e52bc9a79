import re

text = "Contact: John Smith <john.smith@example.com>, Jane Doe <jane@test.org>; phone 555-123-4567 or (555) 987-6543."
print(re.sub(r"[\w.]+@[\w.]+", "[email]", text))
print(re.sub(r"(\w+)@(\w+)\.(\w+)", r"\2 at \1 dot \3", "me@host.com"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+) <", r"\g<last>, \g<first> <", text))
print(re.sub(r"\(?(\d{3})\)?[ -](\d{3})-(\d{4})", r"\1.\2.\3", text))
print(re.subn(r"\d", "#", "a1b22c333"), re.sub(r"\s+", " ", "  many   spaces\there \n "))


def to_snake(name):
    s = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s).lower()


print([to_snake(n) for n in ["CamelCase", "getHTTPResponse", "already_snake", "HTMLParser", "X"]])
prices = "apple $1.50, bread $2.25, cheese $10.00"
print(re.sub(r"\$(\d+\.\d+)", lambda m: f"${float(m.group(1)) * 1.1:.2f}", prices))
template = "Hello {name}, your order #{order} ships {when}."
values = {"name": "Ann", "order": "1234"}
print(re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template))
print(re.sub(r"a", "b", "aaaa", count=2), re.sub(r"x*", "-", "abc"), re.sub("", "|", "ab"))
print(re.escape("1+1=2? [yes]"), re.sub(re.escape("a.b"), "X", "a.b axb a.b"))
words = re.split(r"\W+", "Hello, world! It's a fine-day.")
print(words)
print(re.sub(r"(\b\w)(\w*)", lambda m: m.group(1).upper() + m.group(2).lower(), "hELLO wORLD from PYTHON"))
print(re.sub(r"(\d+)", lambda m: str(int(m.group()) * 2), "3 apples and 12 pears"))
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print("re.error:", e)
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e.msg, e.pos)
