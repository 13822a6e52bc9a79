import re
print(re.split(r"[,;]\s*", "a, b;c ;d"))
print(re.split(r"(,)", "a,b,c"))
print(re.split(r",", "a,b,c,d", maxsplit=2))
print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"x", ""))
print(re.split(r"\s*", "ab c"))
print(re.split(r"(\d)", "a1b2c"))
