import string
print(string.ascii_lowercase, string.ascii_uppercase, string.digits)
print(string.hexdigits, string.octdigits, len(string.punctuation), len(string.printable))
print(string.capwords("hello   big world"), string.ascii_letters[20:30])
t = string.Template("Hello $name, you owe $$${amount}")
print(t.substitute(name="Ann", amount=5))
print(t.safe_substitute(name="Bob"))
try:
    t.substitute(name="x")
except KeyError as e:
    print(type(e).__name__, e)
f = string.Formatter()
print(f.format("{0}-{x}", 1, x=2), [p[1] for p in f.parse("a{b}c{d:>3}")])
print(all(c in string.printable for c in "Hi!\n"), "".join(c for c in "a1!b2?" if c in string.ascii_letters))
