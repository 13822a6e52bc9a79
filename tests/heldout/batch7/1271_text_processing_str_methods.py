text = """The quick brown fox jumps over the lazy dog.
  The dog, being lazy, did not react!
THE END   """

lines = text.splitlines()
print(len(lines), [ln.strip() for ln in lines])
print([ln.rstrip() for ln in lines][-1], "|", lines[1].lstrip()[:7])
words = [w.strip(".,!").lower() for w in text.split()]
print(words[:6], len(words))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
print(text.count("dog"), text.find("lazy"), text.rfind("lazy"), text.find("cat"))
print(text.index("brown"))
try:
    text.index("cat")
except ValueError as e:
    print("ValueError:", e)
print("hello world".title(), "Hello World".swapcase(), "hello".capitalize(), "ß".upper())
print("  pad ".center(12, "*"), "7".zfill(4), "-7".zfill(4), "abc".ljust(6, ".") + "|", "abc".rjust(6))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a b  c".split(), "a,b,c".rsplit(",", 1))
print("key=value=more".partition("="), "key=value=more".rpartition("="), "novalue".partition("="))
print("-".join(["2024", "01", "05"]), "".join(reversed("stressed")))
print("Hello".startswith(("He", "Ha")), "file.tar.gz".endswith(".gz"), "abc".startswith("b", 1))
print("123".isdigit(), "12a".isalnum(), "abc".isalpha(), "   ".isspace(), "Title Case".istitle(), "x".isupper())
print("snake_case_name".replace("_", " ").title().replace(" ", ""))
print("aaa".replace("a", "b", 2), "tab\tsep".expandtabs(4), repr("x\ty".expandtabs()))
print("prefix_body".removeprefix("prefix_"), "body.txt".removesuffix(".txt"), "x".removesuffix("y"))
table = str.maketrans({"a": "4", "e": "3", "o": None})
print("leet code over here".translate(table))
print(str.maketrans("abc", "xyz") == {97: 120, 98: 121, 99: 122})
print("ABC".lower() < "abd", "a" * 3 + "b", "abc" in "xabcx", "Straße".casefold())
print("%s has %d items costing %.2f" % ("cart", 3, 9.5), "%-5s|%5s|" % ("l", "r"), "%x %o %e" % (255, 8, 12345.678))
print("one\ntwo\r\nthree".splitlines(keepends=True))
