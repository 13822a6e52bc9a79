import re
print(re.sub(r"\s+", " ", "a   b \t c\n d"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "user@host and me@there"))
print(re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)", r"\g<m>/\g<y>", "2020-05, 1999-12"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c9"))
print(re.sub(r"a", "X", "aaaa", count=2))
print(re.subn(r"o", "0", "foo boo"))
print(re.sub(r"x*", "-", "abc"))
print(re.sub(r"(a)", r"[\1\1]", "banana"))
