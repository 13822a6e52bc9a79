# structural pattern matching
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
def describe(obj):
    match obj:
        case 0 | 1:
            return 'small int'
        case int(n) if n < 0:
            return f'negative {n}'
        case int() | float():
            return 'number'
        case '':
            return 'empty str'
        case str(s):
            return f'str of len {len(s)}'
        case [] :
            return 'empty list'
        case [x]:
            return f'one item {x}'
        case [x, y, *rest]:
            return f'starts {x},{y} rest {rest}'
        case {'type': 'user', 'name': str(name), **extra}:
            return f'user {name} extra {sorted(extra)}'
        case {'type': t}:
            return f'typed {t}'
        case Point(x=0, y=0):
            return 'origin'
        case Point(x=px, y=0):
            return f'on x-axis at {px}'
        case Point(x=a, y=b) if a == b:
            return f'diagonal {a}'
        case Point():
            return 'some point'
        case (1, 2) as pair:
            return f'pair {pair}'
        case None:
            return 'none'
        case _:
            return 'unknown ' + type(obj).__name__
tests = [0, 1, -5, 7, 2.5, '', 'hey', [], [9], [1, 2, 3, 4], (1, 2),
         {'type': 'user', 'name': 'ann', 'age': 3, 'x': 1}, {'type': 'bot'},
         Point(0, 0), Point(4, 0), Point(3, 3), Point(1, 2), None, {1, 2}, b'x']
for t in tests:
    print(repr(t), '->', describe(t))
def cmd(command):
    match command.split():
        case ['go', ('north' | 'south') as direction]:
            return f'going {direction}'
        case ['drop', *objs]:
            return f'dropping {objs}'
        case [verb, _]:
            return f'unknown verb {verb}'
        case _:
            return 'huh'
print(cmd('go north'), cmd('drop a b'), cmd('eat x'), cmd('go'), cmd('go west'))
