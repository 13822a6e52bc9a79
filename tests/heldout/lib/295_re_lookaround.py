import re
print(re.findall(r"\w+(?=!)", "hey! you there! no"))
print(re.findall(r"(?<=\$)\d+", "cost $30 and $45, not 50"))
print(re.findall(r"\b\w+\b(?!\.)", "one two. three"))
print(re.sub(r"(?<!\d)(\d)(?!\d)", r"0\1", "1 22 3 456 7"))
print(re.findall(r"a+?", "aaa"), re.findall(r"a+", "aaa"))
print(re.search(r"<.*?>", "<a><b>").group(), re.search(r"<.*>", "<a><b>").group())
print(re.findall(r"(?:ab)+", "ababx abab"))
print(re.findall(r"colou?r", "color colour colr"))
