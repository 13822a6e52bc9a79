# string module: constants, Template, Formatter, capwords
import string
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, len(string.printable), repr(string.whitespace))
print(string.ascii_letters == string.ascii_lowercase + string.ascii_uppercase)
print(string.capwords("hello   big wide world"), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes ${what}s, costs $$5")
print(t.substitute(who="Tim", what="apple"), t.substitute({"who": "Ann", "what": "pear"}))
try:
    t.substitute(who="x")
except KeyError as e:
    print(type(e).__name__, e)
print(t.safe_substitute(who="Sam"))
try:
    string.Template("bad $ sign").substitute()
except ValueError as e:
    print(type(e).__name__, e)
print(t.get_identifiers(), t.is_valid(), t.template)
class Percent(string.Template):
    delimiter = "%"
print(Percent("%name is %{age}y").substitute(name="Bo", age=3))
f = string.Formatter()
print(f.format("{0} + {1} = {total}", 2, 3, total=5))
print(list(f.parse("a{0}b{x!r:>5}c")))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(Upper().format("{} and {:>6}", "abc", "de"))
def rot13(s):
    lo, up = string.ascii_lowercase, string.ascii_uppercase
    table = str.maketrans(lo + up, lo[13:] + lo[:13] + up[13:] + up[:13])
    return s.translate(table)
print(rot13("Hello, World!"), rot13(rot13("round trip")))
def is_hex(s):
    return bool(s) and all(c in string.hexdigits for c in s)
print([is_hex(s) for s in ["ff00", "xyz", "", "ABC9"]])
print("".join(c for c in "H.e,l!l?o" if c not in string.punctuation))
