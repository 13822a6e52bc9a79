# error case: uncaught exception raised "from" another (chained traceback)
class ParseError(Exception):
    pass
def parse_int(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError(f'bad integer literal {s!r}') from e
try:
    parse_int('zz')
except ParseError as e:
    print('caught:', e, '| cause:', type(e.__cause__).__name__)
total = 0
tokens = ['10', '20', ' 5 ', 'x30', '40']
for token in tokens:
    total += parse_int(token)
    print('token', repr(token), 'running total', total)
print('not reached')
