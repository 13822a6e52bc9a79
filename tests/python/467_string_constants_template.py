# string: constants, capwords and Template (substitute, safe_substitute, errors)
import string

print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.printable), string.punctuation)
print(string.ascii_letters[20:30])
print(string.capwords("  hello   world  from pyrite "), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes $what; ${who}s pay $$5")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
print(t.safe_substitute(who="sam"))
print(t.get_identifiers(), t.is_valid(), string.Template("$ 1").is_valid())
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("cost: $5").substitute()
except ValueError as e:
    print("ValueError:", e)
print(string.Template("$a$b").substitute(a=1, b=2.5))
