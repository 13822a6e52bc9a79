import re
s = "Contact: alice@example.com, bob.smith@mail.org; phone 555-1234 or 555-9876"
print(re.findall(r"[\w.]+@[\w.]+", s))
print(re.findall(r"(\d{3})-(\d{4})", s))
m = re.search(r"phone (\d+)-(\d+)", s)
print(m.group(), m.group(1), m.groups(), m.start(), m.end(), m.span(2))
print(re.match(r"\d+", "abc123"), re.match(r"[a-z]+", "abc123").group())
print(re.fullmatch(r"\d{3}", "123") is not None, re.fullmatch(r"\d{3}", "1234"))
print(re.sub(r"\d", "#", "a1b22c333"), re.sub(r"\s+", " ", "too   many    spaces"))
print(re.subn(r"o", "0", "foo boo"), re.split(r"[,;]\s*", "a, b;c,  d"))
print(re.split(r"(\d)", "a1b2c"), re.escape("1+1=2?"))
print([m.group() for m in re.finditer(r"\b\w{5}\b", "hello there world quick")])
