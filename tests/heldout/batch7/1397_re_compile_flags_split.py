import re

ident = re.compile(r"[a-z_][a-z0-9_]*", re.IGNORECASE)
print(ident.pattern, bool(ident.flags & re.IGNORECASE), ident.groups)
print(ident.findall("x1 = Foo_bar + 9lives - _tmp"), ident.fullmatch("9x"), ident.match("Abc").group())
verbose = re.compile(r"""
    (?P<year>\d{4})   # year
    -
    (?P<month>\d{2})  # month
    -
    (?P<day>\d{2})    # day
""", re.VERBOSE)
m = verbose.search("Released on 2023-07-14, patched 2023-08-01")
print(m.group("year", "month", "day"), [x.group() for x in verbose.finditer("2023-07-14 and 2024-01-31")])
print(verbose.groupindex["month"], verbose.sub(r"\g<day>/\g<month>/\g<year>", "due 2024-02-29"))
text = "first line\nSecond Line\nthird LINE"
print(re.findall(r"^\w+", text), re.findall(r"^\w+", text, re.M), re.findall(r"line$", text, re.M | re.I))
print(re.findall(r"a.b", "a\nb acb"), re.findall(r"a.b", "a\nb acb", re.S))
print(re.split(r"[,;]\s*", "a, b;c ,d"), re.split(r"(\d)", "x1y2z"), re.split(r"\s+", " lead and trail ", maxsplit=2))
print(re.split(r",", "a,,b"), re.split(r"x*", "axbc"), re.split(r"\b", "hi there"))
csv_line = 'one,"two, with comma",three'
print(re.findall(r'"([^"]*)"|([^,]+)', csv_line))
print([a or b for a, b in re.findall(r'"([^"]*)"|([^,]+)', csv_line)])
print(re.findall(r"(\w+)=(\d+)", "a=1 b=22 c=x d=4"), re.findall(r"\d+(?=px)", "10px 20em 30px"))
print(re.findall(r"(?<=\$)\d+", "cost $40 or $5"), re.findall(r"\b\w+\b(?!\()", "f(x) + g"))
print(re.findall(r"<.+>", "<a><b>"), re.findall(r"<.+?>", "<a><b>"), re.findall(r"(ab)+", "ababab abx"))
word = re.compile(r"\b(\w+)\s+\1\b", re.I)
print(word.findall("this is is a test test of The the code"))
print(re.purge() is None, re.compile("a") .pattern == "a", re.compile(r"\d").search("abc") is None)
