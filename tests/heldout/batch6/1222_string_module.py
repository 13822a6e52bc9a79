import string

print(string.ascii_lowercase, string.ascii_uppercase, string.digits)
print(string.hexdigits, string.octdigits, len(string.punctuation), len(string.printable), repr(string.whitespace))
print(string.capwords("hello   wide world"), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes ${what}s, costs $$$price")
print(t.substitute(who="Tim", what="apple", price=3))
print(t.safe_substitute(who="Ann"))
try:
    t.substitute(who="Bob")
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("bad $ sign").substitute()
except ValueError as e:
    print("ValueError:", e)
print(string.Template("$a$b").substitute({"a": 1}, b=2), t.get_identifiers(), t.is_valid())


class PercentTemplate(string.Template):
    delimiter = "%"


print(PercentTemplate("Hi %name, %{n}x").substitute(name="Z", n=3))
f = string.Formatter()
print(f.format("{0}-{1:>4}-{x}", "a", "b", x="c"), list(f.parse("a{0}b{name!r:>5}")))
allowed = set(string.ascii_letters + string.digits + "_")
for ident in ["valid_name1", "bad-name", "spaces here"]:
    print(ident, all(c in allowed for c in ident))
table = str.maketrans("", "", string.punctuation)
print("Hello, World! (test) #1".translate(table))
shift = 3
lower = string.ascii_lowercase
cipher = str.maketrans(lower, lower[shift:] + lower[:shift])
print("attack at dawn".translate(cipher))
print(sum(c in string.punctuation for c in "Wow!!! Really?"), [c for c in "a1B2" if c in string.digits])
