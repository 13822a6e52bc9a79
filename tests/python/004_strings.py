# String operations and methods.
s = "Hello, World"
print(s, len(s), s[0], s[-1], s[7:], s[:5], s[::2], s[::-1])
print(s.upper(), s.lower(), s + "!", "ab" * 3, 3 * "-")
print("  pad  ".strip() + "|", "xxhixx".strip("x"), "  a b  c ".split(), "a,b,,c".split(","))
print("-".join(["x", "y", "z"]), "".join(["a", "b"]), ", ".join([]))
print(s.replace("l", "L"), s.find("World"), s.find("zz"), s.count("l"))
print(s.startswith("Hell"), s.endswith("d"), "ell" in s, "xyz" not in s)
print("42".isdigit(), "4a".isdigit(), "abc".isalpha(), "title case words".title())
print("abc" == "abc", "abc" != "abd", "a" < "b", str(42) + str(True) + str(None))
print(repr("it's"), repr('say "hi"'), repr("tab\there\n"), "q\\n")
print("%d items at %s" % (3, "home"), "%5.2f|%-4d|%03d" % (3.14159, 7, 5))
t = ""
for word in ["one", "two", "three"]:
    t += word[0].upper() + word[1:] + " "
print(t.rstrip() + ".")
print("a\tb".expandtabs if False else "no expandtabs", "x".center(5, "*"), "7".zfill(3))
