# str.format_map and the field-numbering errors of str.format.
class Defaults(dict):
    def __missing__(self, key):
        return '<%s>' % key


print('{name} is {age}'.format_map({'name': 'Ann', 'age': 7}))
print('{name} / {unknown}'.format_map(Defaults(name='Bo')))
print('{p[0]}-{p[1]:>4}|{q.real}'.format_map({'p': ['x', 'y'], 'q': 3}))
print('{0} {1} {0}'.format('a', 'b'), '{} {}'.format(1, 2), '{x}{}'.format(1, x=2))
for fmt, args in (('{0} {}', (1, 2)), ('{} {0}', (1, 2)), ('{}', ()), ('{:{}}', (1, 5)),
                  ('{0:{}}', (1, 5))):
    try:
        print(repr(fmt.format(*args)))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
for thunk in (lambda: '{}'.format_map({}), lambda: '{a}'.format_map({}), lambda: 'x'.format_map(1, 2)):
    try:
        print(thunk())
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
print('{:{}}|'.format('x', 4))
