# Case conversion and character-class predicates.
for s in ["hello world", "Hello World", "HELLO", "hello", "123", "abc123", "", " \t\n", "Ab1 ", "x_1"]:
    print(repr(s), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isdecimal(), s.isnumeric(), s.isidentifier())
print("hello wORLD".title(), "they're bill's".title(), "hello WORLD".capitalize(), "Hello World".swapcase())
print("MiXeD".casefold(), "1abc".capitalize(), "ab cd".title())
print("a1b2".upper(), "A-B".lower(), "abc".isascii(), "\u00e9".isascii())
