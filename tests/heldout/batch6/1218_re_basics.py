import re

text = "Contact: alice@example.com, bob.smith@mail.org; phone 555-1234 or 555-9876."
print(re.findall(r"[\w.]+@[\w.]+\.\w+", text))
print(re.findall(r"(\d{3})-(\d{4})", text))
m = re.search(r"(?P<user>[\w.]+)@(?P<domain>[\w.]+)", text)
print(m.group(), m.group(1), m.group("domain"), m.groupdict(), m.span(), m.start("domain"), m.end())
print(re.match(r"\d+", "abc123"), re.match(r"\w+", "abc123").group(), re.fullmatch(r"\d+", "123") is not None, re.fullmatch(r"\d+", "123a"))
print(re.split(r"[,;]\s*", "a, b;c,   d"), re.split(r"(\d)", "a1b2c"), re.split(r"\s+", "  lead"), re.split(",", "a,b,c", maxsplit=1))
print([m.group() for m in re.finditer(r"\b\w{5}\b", "hello there world of regex")])
pat = re.compile(r"^(\w+)\s*=\s*(.*?)\s*$", re.MULTILINE)
cfg = "name = demo\n  \nsize=10\ncolor =  blue  \n"
print(pat.findall(cfg), pat.pattern[:6], bool(pat.flags & re.MULTILINE))
print(re.findall(r"^\w", "ab\ncd\nef", re.M), re.findall(r"a.c", "a\nc abc", re.S), re.findall(r"HELLO", "hello Hello", re.I))
verbose = re.compile(r"""
    (\d{4})   # year
    -(\d{2})  # month
    -(\d{2})  # day
""", re.VERBOSE)
print(verbose.match("2024-03-15").groups(), verbose.search("on 1999-12-31!").group(0))
print(re.findall(r"<.+>", "<a><b>"), re.findall(r"<.+?>", "<a><b>"), re.findall(r"a{2,3}", "aaaaaaa"))
print(re.search(r"(?<=\$)\d+", "cost $45").group(), re.findall(r"\d+(?= dollars)", "5 dollars 6 euros 7 dollars"))
print(re.findall(r"(?:ab)+", "ababx ab"), re.search(r"(a)(b)?", "ac").groups(), re.search(r"(a)(b)?", "ac").groups("-"))
print(re.escape("1+1=2?"), re.findall(re.escape("a.b"), "a.b axb"))
print(re.match(r"(\w)\1", "aab").group(), re.findall(r"\b(\w+) \1\b", "the the cat sat sat down"))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e.msg)
m2 = re.search(r"x", "abc")
print(m2 is None, bool(re.search("", "")), re.findall(r"\d*", "a1"))
print(re.match(r"(?i)abc", "ABC").group(), re.findall(r"[^aeiou\s]+", "hello world"))
