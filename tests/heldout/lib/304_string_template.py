from string import Template
t = Template("Hello $name, you owe $$${amount}!")
print(t.substitute(name="Ann", amount=5))
print(t.substitute({"name": "Bo", "amount": "7.50"}))
try:
    t.substitute(name="X")
except KeyError as e:
    print(type(e).__name__, e)
print(t.safe_substitute(name="X"))
bad = Template("cost: $")
try:
    bad.substitute()
except ValueError as e:
    print(type(e).__name__, e)
print(t.get_identifiers())
print(t.is_valid())
print(Template("${a}b $a").substitute(a=1))
