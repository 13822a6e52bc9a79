import string
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace))
print(string.capwords("hello   wide  world"))
t = string.Template("$who likes ${what}s")
print(t.substitute(who="tim", what="kung pao"))
print(t.safe_substitute(who="tim"))
try:
    t.substitute(who="x")
except KeyError as e:
    print(type(e).__name__, e)
f = string.Formatter()
print(f.format("{0}-{x}", 1, x=2))
print([p[1] for p in f.parse("a{b}c{d:>3}")])
