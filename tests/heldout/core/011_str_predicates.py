tests = ["abc", "ABC", "Abc", "123", "abc123", "  ", "", "Hello World", "½", "x_y", "if"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isalnum(), t.isspace(), t.isupper(), t.islower(), t.istitle(), t.isnumeric(), t.isidentifier())
print("٣".isdigit(), "٣".isdecimal())
print("abc".isascii(), "é".isascii())
print("Hello\n".isprintable(), "Hello".isprintable())
