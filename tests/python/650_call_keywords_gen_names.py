# Keyword arguments of str(), round(), pow() and str.expandtabs; generator
# __name__/__qualname__; duplicate keyword arguments through ** in a call.
print(str(object=5), str(b'caf\xc3\xa9', encoding='utf-8'), str(b'ab\xff', 'ascii', errors='replace'))
print(round(number=2.567, ndigits=1), round(2.5), round(number=7), pow(base=2, exp=5), pow(2, 5, mod=7))
print('a\tbc\td'.expandtabs(tabsize=3), 'x\ty'.expandtabs(), 'x\ty'.expandtabs(2))
for thunk in (lambda: str(5, encoding='utf-8'), lambda: round(2.5, digits=1), lambda: 'x'.expandtabs(size=2)):
    try:
        thunk()
    except TypeError as e:
        print('TypeError:', e)


def countdown(n):
    while n:
        yield n
        n -= 1


class Tree:
    def walk(self):
        yield self

    def outer(self):
        def inner():
            yield 1
        return inner()


print(countdown(3).__name__, countdown(3).__qualname__, Tree().walk().__qualname__, Tree().outer().__qualname__)
print((x for x in ()).__name__)


def configure(**options):
    return sorted(options.items())


print(configure(**{'a': 1}, **{'b': 2}), configure(a=1, **{'b': 2}), {**{'a': 1}, **{'a': 2}})
for thunk in (lambda: configure(**{'a': 1}, **{'a': 2}), lambda: configure(a=1, **{'a': 3}),
              lambda: Tree.walk(**{'self': 1}, **{'self': 2})):
    try:
        thunk()
    except TypeError as e:
        print('TypeError:', e)
configure(x=0, **{'x': 1})
