# error case: an uncaught custom exception ends the program
class ValidationError(Exception):
    def __init__(self, field, msg):
        super().__init__(f'{field}: {msg}')
        self.field = field
def validate(record):
    if not record.get('name'):
        raise ValidationError('name', 'must not be empty')
    if record.get('age', 0) < 0:
        raise ValidationError('age', 'must be non-negative')
    return True
records = [{'name': 'ok', 'age': 3}, {'name': 'neg', 'age': -1}]
for r in records:
    print('validating', r['name'])
    print('valid:', validate(r))
print('not reached')
