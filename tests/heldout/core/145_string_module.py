import string
print(string.ascii_lowercase, string.digits, string.punctuation)
print(string.capwords("hello   big world"))
t = string.Template("$who likes ${what}!")
print(t.substitute(who="Tim", what="kung pao"))
print(t.safe_substitute(who="Ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print(type(e).__name__, e)
print(string.ascii_uppercase[:5], len(string.printable), string.hexdigits)
