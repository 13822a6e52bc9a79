# custom exception hierarchy and try/except/else/finally
class BankError(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code
class InsufficientFunds(BankError):
    pass
class AccountLocked(BankError):
    def __str__(self):
        return f'locked ({self.code})'
def withdraw(balance, amount, locked=False):
    if locked:
        raise AccountLocked('x', code=423)
    if amount > balance:
        raise InsufficientFunds(f'need {amount - balance} more', code=402)
    return balance - amount
log = []
for args in [(100, 30), (10, 50), (10, 1, True), (5, 'x')]:
    try:
        r = withdraw(*args)
    except InsufficientFunds as e:
        log.append(('insufficient', str(e), e.code))
    except BankError as e:
        log.append(('bank', str(e), e.code))
    except Exception as e:
        log.append(('other', type(e).__name__))
    else:
        log.append(('ok', r))
    finally:
        log.append('finally')
for entry in log:
    print(entry)
print(InsufficientFunds.__mro__[1].__name__, issubclass(AccountLocked, Exception))
def g():
    try:
        return 'try'
    finally:
        return 'finally wins'
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print('loop finally', i)
h()
try:
    pass
except Exception:
    print('never')
else:
    print('else ran')
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException), issubclass(StopIteration, Exception))
print(sorted(c.__name__ for c in LookupError.__subclasses__() if c.__module__ == 'builtins'), ArithmeticError.__subclasses__()[0].__name__ in {'FloatingPointError','OverflowError','ZeroDivisionError'})
