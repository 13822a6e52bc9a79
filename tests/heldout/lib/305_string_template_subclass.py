from string import Template
class Percent(Template):
    delimiter = "%"
t = Percent("%who likes %what (100%%)")
print(t.substitute(who="Tim", what="tea"))
class Dotted(Template):
    idpattern = r"[a-z][a-z.]*"
print(Dotted("$user.name!").substitute({"user.name": "ann"}))
print(Template("$x$y").substitute(x=1, y=2))
print(Template("$x").template)
