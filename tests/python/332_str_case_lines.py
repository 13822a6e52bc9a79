# str splitlines, expandtabs, case methods, predicates.
text = "first\nsecond\r\nthird\rfourth"
print(text.splitlines(), text.splitlines(keepends=True), "end\n".splitlines(), "\n\n".splitlines())
print("a\tbc\tdef".expandtabs(), "a\tbc\tdef".expandtabs(4), "12\t3".expandtabs(2), repr("x\ty".expandtabs(0)))
print("hello world".title(), "they're bill's".title(), "HeLLo".swapcase(), "hello".capitalize(), "ÉCOLE".lower())
print("Straße".casefold() == "strasse", "ABC".casefold(), "MiXeD".lower(), "MiXeD".upper())
print("abc123".isalnum(), "abc".isalpha(), "123".isdigit(), "123".isnumeric(), "123".isdecimal(), "   ".isspace())
print("Title Case".istitle(), "not Title".istitle(), "UPPER".isupper(), "lower".islower(), "_id1".isidentifier(), "1id".isidentifier())
print("".isalpha(), "".isspace(), "abc".isascii(), "é".isascii(), "a b".isidentifier())
