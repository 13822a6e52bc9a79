s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.find("xyz"))
print(s.rfind("hello"), s.index("world"), s.rindex("o"))
print(s.count("hello"), s.count("l"), s.count("l", 0, 5))
print(s.startswith("hello"), s.endswith("python"), s.startswith(("x", "he")))
print("o" in s, "xyz" in s)
try:
    s.index("xyz")
except ValueError as e:
    print(type(e).__name__, e)
print("abc".find(""), "abc".rfind(""))
print(s.find("o", 5, 10))
