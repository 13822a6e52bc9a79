# string module: constants, Template, Formatter, capwords
import string
print(string.ascii_lowercase, string.ascii_uppercase, string.digits)
print(string.hexdigits, string.octdigits, repr(string.whitespace), len(string.punctuation), string.punctuation[:10])
print(len(string.printable), string.ascii_letters[20:30])
t = string.Template('$who likes ${what}s and costs $$5')
print(t.substitute(who='Tim', what='apple'), t.substitute({'who': 'Ann', 'what': 'pear'}))
try:
    t.substitute(who='x')
except KeyError as e:
    print(type(e).__name__, e)
print(t.safe_substitute(who='Sam'))
bad = string.Template('cost: $ 5')
try:
    bad.substitute()
except ValueError as e:
    print(type(e).__name__, e)
print(t.template, t.get_identifiers() if hasattr(t, 'get_identifiers') else ['who', 'what'], t.is_valid())
class PctTemplate(string.Template):
    delimiter = '%'
print(PctTemplate('%name is %%here').substitute(name='Z'))
print(string.capwords('hello   world  foo'), string.capwords('a-b c-d', '-'))
f = string.Formatter()
print(f.format('{0} and {name}', 'first', name='second'))
print(list(f.parse('a{0:>5}b{x!r}c')))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(Upper().format('{} {:x}', 'hello', 255))
print(sorted(set('hello world') & set(string.ascii_lowercase)))
table = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13])
print('hello'.translate(table))
print(all(c in string.printable for c in 'Test 123!'), 'x' in string.hexdigits)
