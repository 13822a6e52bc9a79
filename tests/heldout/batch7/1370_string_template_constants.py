import string

print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), len(string.printable), repr(string.whitespace))
t = string.Template("Dear $name, your balance is $$${amount}. Ref: ${ref}_x")
print(t.substitute(name="Ann", amount="12.50", ref="A7"))
print(t.safe_substitute(name="Bob"))
try:
    t.substitute(name="Cy")
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("cost: $").substitute()
except ValueError as e:
    print("ValueError:", e)
print(string.Template("$a$b").substitute({"a": 1}, b=2), t.get_identifiers(), t.is_valid())


class PercentTemplate(string.Template):
    delimiter = "%"


print(PercentTemplate("100%% of %who").substitute(who="us"))
print(string.capwords("hello   big  world"), string.capwords("a-b c-d", "-"))
fmt = string.Formatter()
print(fmt.format("{0}-{x}", "a", x="b"), [p[1] for p in fmt.parse("Hi {name}, {n:>3}!")])


def password_strength(pw):
    classes = [string.ascii_lowercase, string.ascii_uppercase, string.digits, string.punctuation]
    return sum(any(c in cls for c in pw) for cls in classes)


for pw in ["abc", "Abc1", "Abc1!", "12345"]:
    print(pw, password_strength(pw))
alphabet = string.ascii_lowercase
rot13 = str.maketrans(alphabet + alphabet.upper(), alphabet[13:] + alphabet[:13] + alphabet.upper()[13:] + alphabet.upper()[:13])
print("Hello, World!".translate(rot13), "Hello, World!".translate(rot13).translate(rot13))
print("".join(c for c in "a1-b2_c3!" if c in string.ascii_letters + string.digits))
